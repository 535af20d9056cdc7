package jpus.taskforce.portal.search;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;

import jpus.taskforce.portal.document.CodedValue;

/**
 * A completion for what a reader is typing: a glossary term, a topic or a document title.
 *
 * @param slug the document's slug, or the topic's id; null for a term
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(requiredProperties = { "text", "kind" })
public record Suggestion(String text, Kind kind, String slug) {

    @Schema(name = "SuggestionKind")
    public enum Kind implements CodedValue {
        DOCUMENT, TERM, TOPIC;

        @Override
        @JsonValue
        public String code() {
            return CodedValue.kebab(this);
        }
    }
}
