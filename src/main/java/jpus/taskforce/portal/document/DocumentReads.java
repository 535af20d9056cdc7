package jpus.taskforce.portal.document;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

/**
 * Documents as the pages and the API show them. The caller says how to turn the documents into its
 * view; the view is built inside this service's transaction, where a document's language versions
 * and tags can still be loaded, and only the view leaves it.
 */
@ApplicationScoped
@Transactional
public class DocumentReads {

    @Inject
    DocumentRepository documents;

    /** The document with this slug, when the reader may see it. */
    public <T> Optional<T> readable(String slug, Set<Visibility> readable, Function<Document, T> view) {
        return documents.findReadableBySlug(slug, readable).map(view);
    }

    /** The most recently issued documents the reader may see. */
    public <T> T latest(int limit, Set<Visibility> readable, Function<List<Document>, T> view) {
        return view.apply(documents.latest(limit, readable));
    }

    /** The documents of one issuing agency, newest first. */
    public <T> T byAgency(String agency, Set<Visibility> readable, Function<List<Document>, T> view) {
        return view.apply(documents.byAgency(agency, readable));
    }

    /** The documents filed under one topic, newest first. */
    public <T> T byTopic(String topic, Set<Visibility> readable, Function<List<Document>, T> view) {
        return view.apply(documents.byTopic(topic, readable));
    }

    /** The documents tagged with any of these goods, newest first. */
    public <T> T byGoods(Collection<String> goods, Set<Visibility> readable, Function<List<Document>, T> view) {
        return view.apply(documents.byGoods(goods, readable));
    }

    /** The documents tagged with any of these regions, newest first. */
    public <T> T byRegions(Collection<String> regions, Set<Visibility> readable, Function<List<Document>, T> view) {
        return view.apply(documents.byRegions(regions, readable));
    }

    /** The documents with these slugs, in the order given; slugs the reader may not see are left out. */
    public <T> T bySlugs(List<String> slugs, Set<Visibility> readable, Function<List<Document>, T> view) {
        return view.apply(documents.bySlugs(slugs, readable));
    }

    /** Every public document, by slug. */
    public <T> T allPublic(Function<List<Document>, T> view) {
        return view.apply(documents.allPublic());
    }
}
