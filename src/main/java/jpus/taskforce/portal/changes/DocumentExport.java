package jpus.taskforce.portal.changes;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.quarkus.narayana.jta.runtime.TransactionConfiguration;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.DocumentRepository;
import jpus.taskforce.portal.document.Visibility;

/**
 * Every document a caller may read, one line each, for partners that start a copy of the
 * knowledge base (then follow the change feed). Any size fits: only one batch is in memory.
 */
@ApplicationScoped
public class DocumentExport {

    private static final int BATCH = 50;
    /** Writing to a slow client can take long; the transaction only reads. */
    private static final int TIMEOUT_SECONDS = 3600;

    @Inject
    DocumentRepository documents;

    /** When any document last changed, for the export's ETag. */
    @Transactional
    public Instant lastModified() {
        return documents.lastModified();
    }

    /** Writes each readable document as one line, in slug order, as {@code line} words it. */
    @Transactional
    @TransactionConfiguration(timeout = TIMEOUT_SECONDS)
    public void write(OutputStream out, Set<Visibility> readable, Function<Document, byte[]> line) {
        try {
            List<Long> ids = documents.readableIdsBySlug(readable);
            for (int start = 0; start < ids.size(); start += BATCH) {
                for (Document document : documents.byIds(ids.subList(start, Math.min(ids.size(), start + BATCH)))) {
                    out.write(line.apply(document));
                    out.write('\n');
                }
                out.flush();
                documents.forgetRead();
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
