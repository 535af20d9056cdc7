package jpus.taskforce.portal.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.hibernate.search.util.common.SearchException;

import com.google.gson.JsonObject;

import jpus.taskforce.portal.document.Document;

/**
 * The index this version of the portal expects: Hibernate Search's own export of the settings
 * (analysis) and mapping it would create, and its check of the live index against them.
 */
@ApplicationScoped
public class ExpectedIndex {

    @Inject
    SearchMapping mapping;

    /** The body of a request that creates the index as this version expects it, without aliases. */
    public JsonObject definition() {
        List<JsonObject> bodies = new ArrayList<>();
        mapping.scope(Document.class).schemaManager().exportExpectedSchema((backend, index, export) -> bodies
                .addAll(export.extension(ElasticsearchExtension.get()).bodyParts()));
        if (bodies.size() != 1) {
            throw new IllegalStateException("Expected the definition of one index, got " + bodies.size());
        }
        JsonObject definition = bodies.get(0).deepCopy();
        definition.remove("aliases");
        return definition;
    }

    /** Why the live index differs from what this version expects, or null when it matches. */
    public String difference() {
        try {
            mapping.scope(Document.class).schemaManager().validate();
            return null;
        } catch (SearchException e) {
            return e.getMessage();
        }
    }
}
