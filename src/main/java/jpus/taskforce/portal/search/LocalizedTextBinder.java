package jpus.taskforce.portal.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.dsl.IndexFieldTypeFactory;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import jpus.taskforce.portal.document.Document;
import jpus.taskforce.portal.document.Language;
import jpus.taskforce.portal.document.LanguageVersion;
import jpus.taskforce.portal.document.MarkdownRenderer;

/**
 * Declares one analysed field per text part and language ({@code title_en}, {@code body_ja}, ...),
 * each with its language's analyzer, plus character-bigram fields for Japanese. Generating them
 * here keeps the two languages' mappings identical in shape, which copy-pasted annotations would
 * not guarantee.
 */
public class LocalizedTextBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies()
                .use("versions.title")
                .use("versions.summary")
                .use("versions.body");

        IndexFieldTypeFactory types = context.typeFactory();
        Map<Language, Map<TextPart, IndexFieldReference<String>>> textFields = new EnumMap<>(Language.class);
        for (Language language : Language.values()) {
            Map<TextPart, IndexFieldReference<String>> parts = new EnumMap<>(TextPart.class);
            for (TextPart part : TextPart.values()) {
                var type = types.asString()
                        .analyzer(SearchAnalysis.textAnalyzer(language))
                        .projectable(part.projectable() ? Projectable.YES : Projectable.NO)
                        .highlightable(List.of(Highlightable.ANY))
                        .toIndexFieldType();
                parts.put(part, context.indexSchemaElement().field(SearchFields.text(part, language), type).toReference());
            }
            textFields.put(language, parts);
        }
        Map<TextPart, IndexFieldReference<String>> bigramFields = new EnumMap<>(TextPart.class);
        for (TextPart part : TextPart.values()) {
            var type = types.asString().analyzer(SearchAnalysis.BIGRAM_JA).toIndexFieldType();
            bigramFields.put(part, context.indexSchemaElement().field(SearchFields.bigram(part), type).toReference());
        }
        var spellType = types.asString().analyzer(SearchAnalysis.SPELL_EN).toIndexFieldType();
        IndexFieldReference<String> spellField = context.indexSchemaElement().field(SearchFields.SPELL, spellType)
                .multiValued().toReference();
        IndexFieldReference<String> titleWordsField = context.indexSchemaElement()
                .field(SearchFields.TITLE_WORDS, spellType).multiValued().toReference();
        context.bridge(Document.class, new Bridge(textFields, bigramFields, spellField, titleWordsField));
    }

    private record Bridge(Map<Language, Map<TextPart, IndexFieldReference<String>>> textFields,
            Map<TextPart, IndexFieldReference<String>> bigramFields,
            IndexFieldReference<String> spellField,
            IndexFieldReference<String> titleWordsField) implements TypeBridge<Document> {

        @Override
        public void write(DocumentElement target, Document document, TypeBridgeWriteContext context) {
            for (var entry : document.getVersions().entrySet()) {
                Language language = entry.getKey();
                LanguageVersion version = entry.getValue();
                target.addValue(titleWordsField, version.getTitle());
                for (TextPart part : TextPart.values()) {
                    String text = textOf(version, part);
                    target.addValue(textFields.get(language).get(part), text);
                    if (language == Language.JA) {
                        target.addValue(bigramFields.get(part), text);
                    } else {
                        target.addValue(spellField, text);
                    }
                }
            }
        }

        private static String textOf(LanguageVersion version, TextPart part) {
            return switch (part) {
                case TITLE -> version.getTitle();
                case SUMMARY -> version.getSummary();
                case BODY -> MarkdownRenderer.toPlainText(version.getBody());
            };
        }
    }
}
