package jpus.taskforce.portal.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;

import jpus.taskforce.portal.document.DocumentStatus;
import jpus.taskforce.portal.document.DocumentType;
import jpus.taskforce.portal.document.Government;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.Provenance;

/**
 * A search hit as the API returns it. {@code title} and {@code summary} are in the requested
 * language, or in the other one when the document lacks it ({@code languages} says which exist).
 * {@code snippet} is HTML-escaped text with matches in {@code <mark>}, preferably in the requested
 * language; {@code matchedIn} lists the languages whose text matched the query; {@code attachment}
 * names the attached file whose text matched, with its passage. {@code provenance} says whether the
 * document is an official instrument or a note by the portal's editors. {@code matchesAllWords} is
 * present only in results widened because few documents contain all the query's words: false for
 * the hits that contain only some of them, which follow those that contain all.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "slug", "type", "government", "agency", "topics", "languages", "status", "title",
        "matchedIn", "sourceUrl", "issued", "url" })
public record HitView(String slug, DocumentType type, Government government, String agency, List<String> topics,
        List<Language> languages, DocumentStatus status, Provenance provenance, List<String> goods, List<String> regions,
        String title, String summary, String snippet, List<Language> matchedIn, String sourceUrl,
        @Schema(ref = "PartialDate") String issued, String url, MatchedAttachment attachment, Boolean matchesAllWords) {

    /** The attached file that matched the query. */
    @Schema(requiredProperties = { "id", "fileName", "url" })
    public record MatchedAttachment(long id, String fileName, String snippet, String url) {
    }
}
