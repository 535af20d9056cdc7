package jpus.taskforce.portal.search;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.environment.bean.BeanHolder;
import org.hibernate.search.engine.environment.bean.BeanReference;
import org.hibernate.search.mapper.pojo.bridge.PropertyBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.PropertyBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.PropertyBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.PropertyBridgeWriteContext;

import jpus.taskforce.portal.vocabulary.Vocabulary;

/**
 * Indexes a document's tags of one vocabulary (goods, regions) twice: as tagged, which hits show,
 * and with every broader entry added ({@code goods_all}: polysilicon also as solar), which filters
 * and facets use, so that choosing "solar" finds the polysilicon documents and its count includes
 * them, each once.
 */
public class TagsBinder implements PropertyBinder {

    /** The parameter naming the vocabulary: {@link #GOODS} or {@link #REGIONS}. */
    public static final String VOCABULARY = "vocabulary";
    public static final String GOODS = "goods";
    public static final String REGIONS = "regions";

    @Override
    public void bind(PropertyBindingContext context) {
        context.dependencies().useRootOnly();
        String name = context.bridgedElement().name();
        boolean goods = GOODS.equals(context.param(VOCABULARY, String.class));
        var tagged = context.indexSchemaElement().field(name, context.typeFactory().asString()
                .aggregable(Aggregable.YES).projectable(Projectable.YES).toIndexFieldType()).multiValued().toReference();
        var withBroader = context.indexSchemaElement().field(SearchFields.withBroader(name), context.typeFactory().asString()
                .aggregable(Aggregable.YES).toIndexFieldType()).multiValued().toReference();
        BeanHolder<Vocabulary> vocabulary = context.beanResolver().resolve(BeanReference.of(Vocabulary.class));
        context.bridge(List.class, new Bridge(tagged, withBroader, vocabulary, goods));
    }

    @SuppressWarnings("rawtypes")
    private record Bridge(IndexFieldReference<String> tagged, IndexFieldReference<String> withBroader,
            BeanHolder<Vocabulary> vocabulary, boolean goods) implements PropertyBridge<List> {

        @Override
        public void write(DocumentElement target, List tags, PropertyBridgeWriteContext context) {
            Set<String> all = new LinkedHashSet<>();
            for (Object tag : tags) {
                String id = (String) tag;
                target.addValue(tagged, id);
                all.addAll(goods ? vocabulary.get().goodAndBroader(id) : vocabulary.get().regionAndBroader(id));
            }
            all.forEach(id -> target.addValue(withBroader, id));
        }

        @Override
        public void close() {
            vocabulary.close();
        }
    }
}
