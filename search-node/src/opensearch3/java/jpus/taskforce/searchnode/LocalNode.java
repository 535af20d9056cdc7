package jpus.taskforce.searchnode;

import java.util.Collection;
import java.util.List;

import org.opensearch.Version;
import org.opensearch.analysis.common.CommonAnalysisModulePlugin;
import org.opensearch.env.Environment;
import org.opensearch.geo.GeoModulePlugin;
import org.opensearch.index.mapper.MapperExtrasModulePlugin;
import org.opensearch.index.rankeval.RankEvalModulePlugin;
import org.opensearch.index.reindex.ReindexModulePlugin;
import org.opensearch.ingest.common.IngestCommonModulePlugin;
import org.opensearch.ingest.useragent.IngestUserAgentModulePlugin;
import org.opensearch.join.ParentJoinModulePlugin;
import org.opensearch.node.Node;
import org.opensearch.painless.PainlessModulePlugin;
import org.opensearch.percolator.PercolatorModulePlugin;
import org.opensearch.plugin.repository.url.URLRepositoryModulePlugin;
import org.opensearch.plugins.Plugin;
import org.opensearch.plugins.PluginInfo;
import org.opensearch.script.expression.ExpressionModulePlugin;
import org.opensearch.script.mustache.MustacheModulePlugin;
import org.opensearch.search.aggregations.matrix.MatrixAggregationModulePlugin;
import org.opensearch.transport.Netty4ModulePlugin;

/**
 * An OpenSearch 3.x node whose plugins are classes on our classpath. Node's protected constructor is the only way
 * to load them; unlike OpenSearch's own Bootstrap, it runs no bootstrap checks, which a developer machine (root
 * user, low vm.max_map_count) would fail. Since OpenSearch 3 it takes a descriptor per plugin, and the module
 * classes carry "Module" in their names.
 */
final class LocalNode extends Node {

    /** The modules of an OpenSearch 3.x distribution that are on our classpath. */
    static final List<Class<? extends Plugin>> MODULES = List.of(Netty4ModulePlugin.class, CommonAnalysisModulePlugin.class,
            MapperExtrasModulePlugin.class, ReindexModulePlugin.class, PainlessModulePlugin.class, ExpressionModulePlugin.class,
            MustacheModulePlugin.class, ParentJoinModulePlugin.class, PercolatorModulePlugin.class, RankEvalModulePlugin.class,
            MatrixAggregationModulePlugin.class, GeoModulePlugin.class, IngestCommonModulePlugin.class,
            IngestUserAgentModulePlugin.class, URLRepositoryModulePlugin.class);

    LocalNode(Environment environment, Collection<Class<? extends Plugin>> plugins) {
        super(environment, plugins.stream().map(LocalNode::classpathPlugin).toList(), true);
    }

    /** The descriptor a plugin installed from a zip would have, for a class already on the classpath. */
    private static PluginInfo classpathPlugin(Class<? extends Plugin> type) {
        return new PluginInfo(type.getName(), "classpath plugin", "NA", Version.CURRENT,
                Integer.toString(Runtime.version().feature()), type.getName(), List.of(), false);
    }
}
