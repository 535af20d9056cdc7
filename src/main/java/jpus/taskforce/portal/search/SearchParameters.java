package jpus.taskforce.portal.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.hibernate.validator.constraints.Range;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * Search parameters exactly as a reader or partner sent them, before validation: the query
 * parameters of the API, the search page and the search feed alike, so all three accept the same
 * URLs. Facet values may be repeated or separated by commas.
 */
public class SearchParameters {

    @RestQuery
    @Parameter(description = "Query: quotes for a phrase, - to exclude, | for or")
    public String q;

    @RestQuery
    @Parameter(description = "Document type, e.g. law, guidance, best-practice")
    public List<String> type = new ArrayList<>();

    @RestQuery
    @Parameter(description = "JP, US, JOINT or INTL")
    public List<String> government = new ArrayList<>();

    @RestQuery
    @Parameter(description = "Issuing body id, e.g. meti, cbp")
    public List<String> agency = new ArrayList<>();

    @RestQuery
    @Parameter(description = "Topic id, e.g. forced-labor")
    public List<String> topic = new ArrayList<>();

    @RestQuery
    @Parameter(description = "Only documents that exist in this language: en or ja")
    public List<String> language = new ArrayList<>();

    @RestQuery
    @Parameter(description = "Status: in-force, enacted (adopted, not yet in force), superseded, proposed, archived")
    public List<String> status = new ArrayList<>();

    @RestQuery
    @Parameter(description = "Good id from /api/v1/goods, e.g. cotton; a broader good (solar) also matches the goods below it")
    public List<String> good = new ArrayList<>();

    @RestQuery
    @Parameter(description = "Region code from /api/v1/regions, e.g. CN-XJ; a country also matches its regions")
    public List<String> region = new ArrayList<>();

    @RestQuery
    @Parameter(description = "Issued on or after (ISO date)", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String issuedFrom;

    @RestQuery
    @Parameter(description = "Issued on or before (ISO date)", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String issuedTo;

    @RestQuery
    @Parameter(description = "relevance (default), newest, oldest (date = newest)",
            schema = @Schema(type = SchemaType.STRING, enumeration = { "relevance", "newest", "oldest", "date" }))
    public String sort;

    // Named in full: the number converter names a refused value after the annotation's value.
    @RestQuery("page")
    @Parameter(description = "Page number from 1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
    @Min(1)
    public Integer page;

    @RestQuery("size")
    @Parameter(description = "Hits per page, 1 to 100 (default 20)",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "20"))
    @Range(min = 1, max = SearchRequestParser.MAX_SIZE)
    public Integer size;

    /** Only a query, as typed: what a page can still show when the rest of its URL cannot be read. */
    public static SearchParameters ofQuery(String q) {
        SearchParameters parameters = new SearchParameters();
        parameters.q = q;
        return parameters;
    }

    public List<String> values(Facet facet) {
        List<String> values = switch (facet) {
            case TYPE -> type;
            case GOVERNMENT -> government;
            case AGENCY -> agency;
            case TOPIC -> topic;
            case LANGUAGE -> language;
            case STATUS -> status;
            case GOOD -> good;
            case REGION -> region;
        };
        return values == null ? List.of() : values;
    }
}
