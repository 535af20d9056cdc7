package jpus.taskforce.searchnode;

import java.util.Collection;
import java.util.List;

import org.opensearch.analysis.common.CommonAnalysisPlugin;
import org.opensearch.env.Environment;
import org.opensearch.geo.GeoModulePlugin;
import org.opensearch.index.mapper.MapperExtrasPlugin;
import org.opensearch.index.rankeval.RankEvalPlugin;
import org.opensearch.index.reindex.ReindexPlugin;
import org.opensearch.ingest.common.IngestCommonPlugin;
import org.opensearch.ingest.useragent.IngestUserAgentPlugin;
import org.opensearch.join.ParentJoinPlugin;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessPlugin;
import org.opensearch.percolator.PercolatorPlugin;
import org.opensearch.plugin.repository.url.URLRepositoryPlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.script.expression.ExpressionPlugin;
import org.opensearch.script.mustache.MustachePlugin;
import org.opensearch.search.aggregations.matrix.MatrixAggregationPlugin;
import org.opensearch.transport.Netty4Plugin;

/**
 * An OpenSearch 2.x node whose plugins are classes on our classpath. Node's protected constructor is the only way
 * to load them; unlike OpenSearch's own Bootstrap, it runs no bootstrap checks, which a developer machine (root
 * user, low vm.max_map_count) would fail. OpenSearch 3 renamed the module classes and takes plugin descriptors
 * instead of classes: see src/opensearch3.
 */
final class LocalNode extends Node {

    /** The modules of an OpenSearch 2.x distribution that are on our classpath. */
    static final List<Class<? extends Plugin>> MODULES = List.of(Netty4Plugin.class, CommonAnalysisPlugin.class,
            MapperExtrasPlugin.class, ReindexPlugin.class, PainlessPlugin.class, ExpressionPlugin.class, MustachePlugin.class,
            ParentJoinPlugin.class, PercolatorPlugin.class, RankEvalPlugin.class, MatrixAggregationPlugin.class,
            GeoModulePlugin.class, IngestCommonPlugin.class, IngestUserAgentPlugin.class, URLRepositoryPlugin.class);

    LocalNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        super(environment, plugins, true);
    }
}
