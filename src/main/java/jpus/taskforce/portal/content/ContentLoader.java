package jpus.taskforce.portal.content;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;

import org.hibernate.search.mapper.orm.session.SearchSession;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

import jpus.taskforce.portal.content.ContentFiles.AgencyEntry;
import jpus.taskforce.portal.content.ContentFiles.GoodEntry;
import jpus.taskforce.portal.content.ContentFiles.RegionEntry;
import jpus.taskforce.portal.content.ContentFiles.GlossaryEntry;
import jpus.taskforce.portal.content.ContentFiles.TopicEntry;
import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentRepository;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Visibility;
import jpus.taskforce.portal.publishing.DocumentPublished;
import jpus.taskforce.portal.publishing.RevisionLog;
import jpus.taskforce.portal.search.IndexMaintenance;
import jpus.taskforce.portal.vocabulary.Agency;
import jpus.taskforce.portal.vocabulary.Good;
import jpus.taskforce.portal.vocabulary.Region;
import jpus.taskforce.portal.vocabulary.TagTerm;
import jpus.taskforce.portal.vocabulary.GlossaryTerm;
import jpus.taskforce.portal.vocabulary.Topic;
import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * Loads the content folder into the database. Idempotent: a document whose files are unchanged is
 * not touched (so it is not reindexed either); an edited file updates its document; a removed
 * file is reported, never deleted; a rejected file is reported and the rest still loads.
 * Indexing follows from the database changes through Hibernate Search's outbox, except on the
 * first load into an empty database, which indexes everything in one pass at its end. Files are
 * read one document at a time, so memory does not grow with the folder.
 */
@ApplicationScoped
public class ContentLoader {

    private static final Logger LOG = Logger.getLogger(ContentLoader.class);
    /** Long enough for a large content folder; a replica waiting on the lock waits as long. */
    private static final int LOCK_TIMEOUT_SECONDS = 1800;

    @Inject
    EntityManager em;

    @Inject
    DocumentRepository documents;

    @Inject
    Vocabulary vocabulary;

    @Inject
    MeterRegistry metrics;

    @Inject
    RevisionLog revisions;

    @Inject
    Event<DocumentPublished> changed;

    @Inject
    SearchSession searchSession;

    @Inject
    IndexMaintenance index;

    @Inject
    ContentConfig config;

    /** The author of revisions that come from content/. */
    static final String CONTENT_ACTOR = "content";

    /** Documents seen by content loads, by what happened to them. */
    private static final String DOCUMENTS_METRIC = "portal.content.documents";

    /**
     * Loads the folder while holding the content-load lock row, so replicas starting together take
     * turns; the second finds the first one's work done and changes nothing.
     */
    public LoadReport load(Path root) {
        // The lock's transaction only waits and holds; each document is written in its own.
        return QuarkusTransaction.requiringNew().timeout(LOCK_TIMEOUT_SECONDS).call(() -> {
            em.createNativeQuery("select id from content_load_lock where id = 1 for update").getResultList();
            return loadLocked(root);
        });
    }

    private LoadReport loadLocked(Path root) {
        long start = System.nanoTime();
        LOG.infof("Loading content from %s", root.toAbsolutePath());
        ContentReader reader = ContentReader.open(root);
        QuarkusTransaction.requiringNew().run(() -> writeVocabularies(reader));
        vocabulary.invalidate();

        // Into an empty database, one mass indexing at the end costs a fraction of indexing each
        // document through the outbox (see docs/benchmarks.md); afterwards the outbox takes over.
        boolean firstLoad = QuarkusTransaction.requiringNew().call(documents::count) == 0;
        Tally tally = new Tally();
        List<DocumentSource> batch = new ArrayList<>(config.batchSize());
        for (Path folder : reader.documentFolders()) {
            reader.readDocument(folder).ifPresentOrElse(source -> {
                batch.add(source);
                if (batch.size() == config.batchSize()) {
                    writeBatch(batch, firstLoad, tally);
                }
            }, () -> tally.present.add(folder.getFileName().toString()));
        }
        writeBatch(batch, firstLoad, tally);
        if (firstLoad && !tally.created.isEmpty()) {
            LOG.infof("First load: indexing the %d new documents in one pass", tally.created.size());
            index.indexOrQueueAll();
        }
        List<String> removed = QuarkusTransaction.requiringNew().call(documents::seededSlugs).stream()
                .filter(slug -> !tally.present.contains(slug))
                .sorted()
                .toList();

        List<ContentProblem> rejected = new ArrayList<>(reader.problems());
        rejected.addAll(tally.unstored);
        LoadReport report = new LoadReport(tally.created, tally.updated, tally.unchanged, removed, tally.conflicts,
                rejected, Duration.ofNanos(System.nanoTime() - start));
        log(report);
        count(report);
        return report;
    }

    /** What the load did so far, and every slug found in the folder (read or rejected). */
    private static final class Tally {
        final List<String> created = new ArrayList<>();
        final List<String> updated = new ArrayList<>();
        final List<String> conflicts = new ArrayList<>();
        final List<ContentProblem> unstored = new ArrayList<>();
        final Set<String> present = new HashSet<>();
        int unchanged;

        void add(String slug, Outcome outcome) {
            switch (outcome) {
                case CREATED -> created.add(slug);
                case UPDATED -> updated.add(slug);
                case UNCHANGED -> unchanged++;
                case EDITED_IN_PORTAL -> conflicts.add(slug);
            }
        }
    }

    /**
     * Writes a batch in one transaction. Should it fail, its documents are written again one per
     * transaction, so one document the validation let through but the database refuses never stops
     * the others.
     */
    private void writeBatch(List<DocumentSource> batch, boolean firstLoad, Tally tally) {
        if (batch.isEmpty()) {
            return;
        }
        batch.forEach(source -> tally.present.add(source.slug()));
        try {
            List<Outcome> outcomes = QuarkusTransaction.requiringNew().call(() -> {
                skipIndexingIf(firstLoad);
                // Each document's queries touch only its own slug, which no other document of the
                // batch has: flushing before every query would only make the batch's cost grow
                // with the square of its size, and keep the inserts from going in JDBC batches.
                em.setFlushMode(FlushModeType.COMMIT);
                return batch.stream().map(this::write).toList();
            });
            for (int i = 0; i < batch.size(); i++) {
                tally.add(batch.get(i).slug(), outcomes.get(i));
            }
        } catch (RuntimeException batchFailure) {
            for (DocumentSource source : batch) {
                try {
                    tally.add(source.slug(), QuarkusTransaction.requiringNew().call(() -> {
                        skipIndexingIf(firstLoad);
                        return write(source);
                    }));
                } catch (RuntimeException e) {
                    LOG.warnf(e, "Could not store %s", source.path());
                    tally.unstored.add(new ContentProblem(source.path(), "could not be stored: " + rootCause(e)));
                }
            }
        }
        batch.clear();
    }

    /**
     * Keeps this transaction's changes out of the outbox: the first load indexes them all at its
     * end. With outbox polling a session can only switch indexing off as a whole, which suits a
     * transaction that writes nothing but seeded documents.
     */
    private void skipIndexingIf(boolean firstLoad) {
        if (firstLoad) {
            searchSession.indexingPlanFilter(filter -> filter.exclude(Object.class));
        }
    }

    private enum Outcome {
        CREATED, UPDATED, UNCHANGED, EDITED_IN_PORTAL
    }

    private Outcome write(DocumentSource source) {
        var existing = documents.findBySlug(source.slug());
        if (existing.isPresent() && source.hash().equals(existing.get().getContentHash())) {
            return Outcome.UNCHANGED;
        }
        if (existing.isPresent() && existing.get().isEditedInPortal()) {
            // Staff have published this document in the portal since it was seeded: their version
            // wins, and the changed files are reported until someone reconciles them.
            return Outcome.EDITED_IN_PORTAL;
        }
        Visibility before = existing.map(Document::getVisibility).orElse(null);
        Document document = existing.orElseGet(() -> new Document(source.slug()));
        document.replaceContent(source.metadata(), source.versions());
        document.seededFrom(source.path(), source.hash());
        if (existing.isEmpty()) {
            documents.persist(document);
        }
        int revision = revisions.record(document, (existing.isEmpty() ? "Loaded from " : "Updated from ") + "content/"
                + source.path(), existing.isEmpty(), CONTENT_ACTOR).getNumber();
        changed.fire(new DocumentPublished(document.getSlug(), revision, existing.isEmpty()
                ? DocumentPublished.Kind.CREATED : DocumentPublished.Kind.UPDATED, before, document.getVisibility()));
        return existing.isEmpty() ? Outcome.CREATED : Outcome.UPDATED;
    }

    private void writeVocabularies(ContentReader reader) {
        for (AgencyEntry entry : reader.agencies()) {
            Agency agency = found(em.find(Agency.class, entry.id()), () -> new Agency(entry.id()));
            agency.describe(Government.valueOf(entry.government()), entry.labels().en(), entry.labels().ja(),
                    entry.isEditorial());
            persistIfNew(agency);
        }
        int position = 0;
        for (TopicEntry entry : reader.topics()) {
            Topic topic = found(em.find(Topic.class, entry.id()), () -> new Topic(entry.id()));
            var description = entry.description();
            topic.describe(position++, entry.labels().en(), entry.labels().ja(),
                    description == null ? null : description.en(), description == null ? null : description.ja());
            persistIfNew(topic);
        }
        position = 0;
        for (GoodEntry entry : reader.goods()) {
            Good good = found(em.find(Good.class, entry.id()), () -> new Good(entry.id()));
            describe(good, position++, entry.parent(), entry.labels(), entry.variants());
            persistIfNew(good);
        }
        position = 0;
        for (RegionEntry entry : reader.regions()) {
            Region region = found(em.find(Region.class, entry.id()), () -> new Region(entry.id()));
            describe(region, position++, entry.parent(), entry.labels(), entry.variants());
            persistIfNew(region);
        }
        position = 0;
        for (GlossaryEntry entry : reader.glossary()) {
            String key = entry.en().strip();
            GlossaryTerm term = found(em.find(GlossaryTerm.class, key), () -> new GlossaryTerm(key));
            var definition = entry.definition();
            term.describe(position++, entry.ja().strip(), entry.variants() == null ? List.of() : entry.variants(),
                    definition == null ? null : definition.en(), definition == null ? null : definition.ja());
            persistIfNew(term);
        }
    }

    private static void describe(TagTerm term, int position, String parent, ContentFiles.Labels labels,
            ContentFiles.Variants variants) {
        term.describe(position, parent, labels.en(), labels.ja(), variants == null ? null : variants.en(),
                variants == null ? null : variants.ja());
    }

    private static <T> T found(T entity, Supplier<T> create) {
        return entity != null ? entity : create.get();
    }

    private void persistIfNew(Object entity) {
        if (!em.contains(entity)) {
            em.persist(entity);
        }
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.getMessage();
    }

    private void count(LoadReport report) {
        metrics.counter(DOCUMENTS_METRIC, "outcome", "created").increment(report.created().size());
        metrics.counter(DOCUMENTS_METRIC, "outcome", "updated").increment(report.updated().size());
        metrics.counter(DOCUMENTS_METRIC, "outcome", "unchanged").increment(report.unchanged());
        metrics.counter(DOCUMENTS_METRIC, "outcome", "removed").increment(report.removed().size());
        metrics.counter(DOCUMENTS_METRIC, "outcome", "edited-in-portal").increment(report.conflicts().size());
        metrics.counter(DOCUMENTS_METRIC, "outcome", "rejected").increment(report.rejected().size());
    }

    private static void log(LoadReport report) {
        LOG.infof("Content loaded: %s", report.summary());
        report.removed().forEach(slug -> LOG.warnf("Document %s is no longer in content/ (kept in the portal)", slug));
        report.conflicts().forEach(slug -> LOG.warnf("content/documents/%s changed, but staff have published this "
                + "document in the portal since: the portal's version is kept (see CONTRIBUTING.md)", slug));
        report.rejected().forEach(problem -> LOG.warnf("Rejected %s", problem));
    }
}
