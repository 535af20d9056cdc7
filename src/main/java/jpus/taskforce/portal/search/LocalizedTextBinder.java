package jpus.taskforce.portal.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaFieldOptionsStep;
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
import jpus.taskforce.portal.document.ProseBlocks;

/**
 * Declares one analysed field per text part and language ({@code title_en}, {@code body_ja}, ...),
 * each with its language's analyzer, plus character-bigram fields for Japanese. Generating them
 * here keeps the two languages' mappings identical in shape, which copy-pasted annotations would
 * not guarantee.
 * <p>
 * A body is indexed as its prose blocks (paragraphs and list items), one value each, without
 * headings or the source section: the highlighter never crosses a value, so the passage a hit
 * quotes is always whole sentences of one paragraph. The index stores offsets in these fields'
 * postings ({@link ExpectedIndex}), so highlighting a hit never analyses its text again.
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
                        .highlightable(List.of(Highlightable.UNIFIED))
                        .toIndexFieldType();
                IndexSchemaFieldOptionsStep<?, IndexFieldReference<String>> field = context.indexSchemaElement()
                        .field(SearchFields.text(part, language), type);
                parts.put(part, (part == TextPart.BODY ? field.multiValued() : field).toReference());
            }
            textFields.put(language, parts);
        }
        var bigramType = types.asString().analyzer(SearchAnalysis.BIGRAM_JA).toIndexFieldType();
        IndexFieldReference<String> titleBigram = context.indexSchemaElement()
                .field(SearchFields.TITLE_JA_BIGRAM, bigramType).toReference();
        IndexFieldReference<String> textBigram = context.indexSchemaElement()
                .field(SearchFields.TEXT_JA_BIGRAM, bigramType).multiValued().toReference();
        var spellType = types.asString().analyzer(SearchAnalysis.SPELL_EN).toIndexFieldType();
        IndexFieldReference<String> spellField = context.indexSchemaElement().field(SearchFields.SPELL, spellType)
                .multiValued().toReference();
        IndexFieldReference<String> titleWordsField = context.indexSchemaElement()
                .field(SearchFields.TITLE_WORDS, spellType).multiValued().toReference();
        context.bridge(Document.class, new Bridge(textFields, titleBigram, textBigram, spellField, titleWordsField));
    }

    private record Bridge(Map<Language, Map<TextPart, IndexFieldReference<String>>> textFields,
            IndexFieldReference<String> titleBigram,
            IndexFieldReference<String> textBigram,
            IndexFieldReference<String> spellField,
            IndexFieldReference<String> titleWordsField) implements TypeBridge<Document> {

        @Override
        public void write(DocumentElement target, Document document, TypeBridgeWriteContext context) {
            for (var entry : document.getVersions().entrySet()) {
                Language language = entry.getKey();
                LanguageVersion version = entry.getValue();
                Map<TextPart, IndexFieldReference<String>> fields = textFields.get(language);
                List<String> blocks = ProseBlocks.of(version.getBody());
                target.addValue(titleWordsField, version.getTitle());
                target.addValue(fields.get(TextPart.TITLE), version.getTitle());
                target.addValue(fields.get(TextPart.SUMMARY), version.getSummary());
                blocks.forEach(block -> target.addValue(fields.get(TextPart.BODY), block));
                if (language == Language.JA) {
                    target.addValue(titleBigram, version.getTitle());
                    target.addValue(textBigram, version.getSummary());
                    blocks.forEach(block -> target.addValue(textBigram, block));
                } else {
                    target.addValue(spellField, version.getTitle());
                    target.addValue(spellField, version.getSummary());
                    blocks.forEach(block -> target.addValue(spellField, block));
                }
            }
        }
    }
}
