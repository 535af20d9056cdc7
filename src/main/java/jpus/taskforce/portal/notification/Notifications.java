package jpus.taskforce.portal.notification;

import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.audit.AuditAction;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.i18n.Labels;
import jpus.taskforce.portal.i18n.NotifyMessages;
import jpus.taskforce.portal.security.Viewer;

/**
 * Tells staff of workflow steps: reviewers of a submission, a draft's editors of its return,
 * approval and publication. Messages are written to the outbox in the step's transaction, each in
 * the recipient's language; {@link NotificationSender} sends them.
 */
@ApplicationScoped
public class Notifications {

    @Inject
    EntityManager em;

    @Inject
    NotificationConfig config;

    @Inject
    Instance<SecurityIdentity> identity;

    /** Remembers the acting user's address (from the token's email claim) and the drafts they review. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void seen(Viewer viewer) {
        if (viewer.isAnonymous()) {
            return;
        }
        StaffContact contact = em.find(StaffContact.class, viewer.name());
        if (contact == null) {
            contact = new StaffContact(viewer.name());
            contact.seen(emailClaim(viewer), reviewerOf(viewer));
            em.persist(contact);
        } else {
            contact.seen(emailClaim(viewer), reviewerOf(viewer));
        }
    }

    /**
     * Writes the messages for a step just taken on a draft. {@code remark} is the reviewer's reason
     * when a draft is sent back, otherwise null.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void stepTaken(WorkflowNotice step, String slug, String title, Government government, String actor,
            String remark) {
        Set<String> recipients = step == WorkflowNotice.SUBMITTED ? reviewersOf(government) : editorsOf(slug);
        recipients.remove(actor);
        for (String recipient : recipients) {
            Language language = languageOf(recipient);
            NotifyMessages text = Labels.notify(language);
            String link = config.portalUrl().replaceAll("/+$", "") + "/" + language.code() + "/staff/documents/" + slug;
            String subject = switch (step) {
                case SUBMITTED -> text.notify_submitted_subject(title);
                case RETURNED -> text.notify_returned_subject(title);
                case APPROVED -> text.notify_approved_subject(title);
                case PUBLISHED -> text.notify_published_subject(title);
            };
            String body = switch (step) {
                case SUBMITTED -> text.notify_submitted_body(actor, title, link);
                case RETURNED -> text.notify_returned_body(actor, title, remark == null ? "" : remark, link);
                case APPROVED -> text.notify_approved_body(actor, title, link);
                case PUBLISHED -> text.notify_published_body(actor, title, link);
            } + text.notify_footer();
            em.persist(new Notification(recipient, language, slug, step, subject, body));
        }
    }

    /** The messages written for a user, newest first. */
    @Transactional
    public List<Notification> messagesFor(String username, int limit) {
        return em.createQuery("select n from Notification n where n.recipient = :recipient order by n.created desc, n.id desc",
                Notification.class)
                .setParameter("recipient", username)
                .setMaxResults(limit)
                .getResultList();
    }

    /**
     * Of the drafts given, those sent back to their editors and not submitted again: a returning
     * remark made since the document was last published.
     */
    @Transactional
    public Set<String> returned(List<String> slugs) {
        if (slugs.isEmpty()) {
            return Set.of();
        }
        return new LinkedHashSet<>(em.createQuery("select distinct r.slug from ReviewRemark r where r.returned = true "
                + "and r.slug in :slugs and r.madeAt > coalesce((select max(e.occurredAt) from AuditEvent e "
                + "where e.slug = r.slug and e.action = :publish), :epoch)", String.class)
                .setParameter("slugs", slugs)
                .setParameter("publish", AuditAction.PUBLISH)
                .setParameter("epoch", Instant.EPOCH)
                .getResultList());
    }

    Language languageOf(String username) {
        String code = config.languages().get(username);
        return "ja".equalsIgnoreCase(code == null ? null : code.strip()) ? Language.JA : Language.EN;
    }

    /** The configured address, otherwise the one last seen in the user's token. */
    String addressOf(String username) {
        return config.addressOf(username).orElseGet(() -> {
            StaffContact contact = em.find(StaffContact.class, username);
            return contact == null ? null : contact.getAddress();
        });
    }

    private Set<String> reviewersOf(Government government) {
        Set<Government> sides = government == Government.JP || government == Government.US
                ? EnumSet.of(government) : EnumSet.of(Government.JP, Government.US);
        Set<String> reviewers = new LinkedHashSet<>();
        for (Government side : sides) {
            reviewers.addAll(config.reviewers().getOrDefault(side.name().toLowerCase(Locale.ROOT), List.of()));
        }
        em.createQuery("select c from StaffContact c", StaffContact.class).getResultStream()
                .filter(c -> c.reviews().stream().anyMatch(sides::contains))
                .forEach(c -> reviewers.add(c.getUsername()));
        return reviewers;
    }

    /** Those who wrote the draft: who created or edited it since the document was last published. */
    private Set<String> editorsOf(String slug) {
        Instant since = em.createQuery("select max(e.occurredAt) from AuditEvent e where e.slug = :slug and e.action = :publish",
                Instant.class)
                .setParameter("slug", slug)
                .setParameter("publish", AuditAction.PUBLISH)
                .getSingleResult();
        return new LinkedHashSet<>(em.createQuery("select e.actor from AuditEvent e where e.slug = :slug "
                + "and e.action in :edits and e.occurredAt > :since order by e.actor", String.class)
                .setParameter("slug", slug)
                .setParameter("edits", List.of(AuditAction.CREATE, AuditAction.EDIT))
                .setParameter("since", since == null ? Instant.EPOCH : since)
                .getResultList());
    }

    private static Set<Government> reviewerOf(Viewer viewer) {
        return viewer.isReviewer() ? viewer.governments() : EnumSet.noneOf(Government.class);
    }

    /** The address in the signed-in user's token, when the step is taken in a request of theirs. */
    private String emailClaim(Viewer viewer) {
        if (!Arc.container().requestContext().isActive() || !identity.isResolvable()) {
            return null;
        }
        SecurityIdentity current = identity.get();
        if (current.isAnonymous() || !viewer.name().equals(current.getPrincipal().getName())
                || !(current.getPrincipal() instanceof JsonWebToken token)) {
            return null;
        }
        Object email = token.getClaim("email");
        return email == null ? null : email.toString();
    }
}
