package jpus.taskforce.portal.translation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.publishing.DocumentInput;
import jpus.taskforce.portal.publishing.DocumentPublished;

/**
 * Keeps track of whether each language version of a document still says what the other says. When
 * staff publish a revision that changes the text (title, summary or body) of one language and not
 * the other, the other becomes outdated, unless the change was marked as needing no translation;
 * a language that catches up, or both changing together, makes them current again.
 */
@ApplicationScoped
public class Translations {

    /** The status of one language version, and the revision since which it holds. */
    public record Translation(TranslationStatus status, int since) {
    }

    /** A language version of a document that needs translators' attention. */
    public record Pending(Document document, Language language, Translation translation) {
    }

    @Inject
    EntityManager em;

    /**
     * Records what a publication did to the translations, in its transaction, and returns the
     * languages it made outdated.
     *
     * @param before the document as readers saw it before; null for a first publication
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<Language> recordPublication(String slug, int revision, DocumentInput before, DocumentInput after,
            boolean noTranslationNeeded) {
        Map<Language, TranslationState> rows = rows(slug);
        Map<Language, TranslationStatus> was = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            TranslationState row = rows.get(language);
            was.put(language, row != null ? row.getStatus() : present(before, language) ? TranslationStatus.CURRENT
                    : TranslationStatus.MISSING);
        }
        Set<Language> outdated = EnumSet.noneOf(Language.class);
        for (Language language : Language.values()) {
            Language other = language.other();
            boolean changed = changed(before, after, language);
            boolean otherEdited = present(before, other) && present(after, other) && changed(before, after, other);
            TranslationStatus status = was.get(language);
            Translation next = null;
            if (!present(after, language)) {
                next = status == TranslationStatus.MISSING && rows.containsKey(language) ? null
                        : new Translation(TranslationStatus.MISSING, revision);
            } else if (!present(before, language) || changed && (otherEdited || status == TranslationStatus.OUTDATED)) {
                next = new Translation(TranslationStatus.CURRENT, revision);
            } else if (!changed && otherEdited && was.get(other) != TranslationStatus.OUTDATED && !noTranslationNeeded
                    && status != TranslationStatus.OUTDATED) {
                next = new Translation(TranslationStatus.OUTDATED, revision);
                outdated.add(language);
            } else if (!rows.containsKey(language)) {
                // First record of a document published before translations were tracked: as it stands.
                next = new Translation(status, before == null ? revision : 1);
            }
            if (next != null) {
                TranslationState row = rows.get(language);
                if (row == null) {
                    // Persisted once complete: Hibernate inserts the state the entity has when persisted.
                    row = new TranslationState(slug, language);
                    row.set(next.status(), next.since());
                    em.persist(row);
                    rows.put(language, row);
                } else {
                    row.set(next.status(), next.since());
                }
            }
        }
        return outdated;
    }

    /** Both languages of the document, whether recorded or not. */
    @Transactional
    public Map<Language, Translation> of(Document document) {
        return of(document, rows(document.getSlug()));
    }

    /**
     * The language versions that are outdated or missing, of the documents the reader may read and
     * {@code worksOn} accepts, by slug, each as {@code view} shows it.
     */
    @Transactional
    public <T> List<T> pending(Set<Visibility> readable, Predicate<Document> worksOn, Set<TranslationStatus> statuses,
            Function<Pending, T> view) {
        Map<String, Map<Language, TranslationState>> all = new java.util.HashMap<>();
        em.createQuery("select t from TranslationState t", TranslationState.class).getResultStream()
                .forEach(t -> all.computeIfAbsent(t.getSlug(), s -> new EnumMap<>(Language.class)).put(t.getLanguage(), t));
        List<Pending> pending = new ArrayList<>();
        em.createQuery("select d from Document d where d.visibility in :readable order by d.slug", Document.class)
                .setParameter("readable", readable)
                .getResultStream()
                .filter(worksOn)
                .forEach(d -> of(d, all.getOrDefault(d.getSlug(), Map.of())).forEach((language, translation) -> {
                    if (statuses.contains(translation.status())) {
                        pending.add(new Pending(d, language, translation));
                    }
                }));
        return pending.stream().map(view).toList();
    }

    /** The revisions, as "slug@number", whose publication left a translation outdated. */
    @Transactional
    public Set<String> outdatingRevisions(Collection<String> slugs) {
        if (slugs.isEmpty()) {
            return Set.of();
        }
        Set<String> revisions = new HashSet<>();
        em.createQuery("select e.slug, e.revision from ChangeEvent e where e.kind = :kind and e.slug in :slugs", Object[].class)
                .setParameter("kind", DocumentPublished.Kind.TRANSLATION_OUTDATED)
                .setParameter("slugs", slugs)
                .getResultStream()
                .forEach(row -> revisions.add(row[0] + "@" + row[1]));
        return revisions;
    }

    private static Map<Language, Translation> of(Document document, Map<Language, TranslationState> rows) {
        Map<Language, Translation> translations = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            TranslationState row = rows.get(language);
            boolean present = document.findVersion(language).isPresent();
            if (!present) {
                translations.put(language, new Translation(TranslationStatus.MISSING,
                        row != null && row.getStatus() == TranslationStatus.MISSING ? row.getSince() : 1));
            } else if (row == null || row.getStatus() == TranslationStatus.MISSING) {
                translations.put(language, new Translation(TranslationStatus.CURRENT, row == null ? 1 : row.getSince()));
            } else {
                translations.put(language, new Translation(row.getStatus(), row.getSince()));
            }
        }
        return translations;
    }

    private Map<Language, TranslationState> rows(String slug) {
        Map<Language, TranslationState> rows = new EnumMap<>(Language.class);
        em.createQuery("select t from TranslationState t where t.slug = :slug", TranslationState.class)
                .setParameter("slug", slug)
                .getResultStream()
                .forEach(t -> rows.put(t.getLanguage(), t));
        return rows;
    }

    private static boolean present(DocumentInput input, Language language) {
        return input != null && input.versions() != null && input.versions().get(language.code()) != null;
    }

    /** Whether the text readers compare across languages (title, summary, body) differs. */
    private static boolean changed(DocumentInput before, DocumentInput after, Language language) {
        var a = before == null || before.versions() == null ? null : before.versions().get(language.code());
        var b = after == null || after.versions() == null ? null : after.versions().get(language.code());
        if (a == null || b == null) {
            return a != b;
        }
        return !Objects.equals(a.title(), b.title()) || !Objects.equals(a.summary(), b.summary())
                || !Objects.equals(a.body(), b.body());
    }
}
