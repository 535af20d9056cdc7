package jpus.taskforce.portal.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link PortalTestResources} for every {@code @QuarkusTest} of the suite. */
@QuarkusTestResource(PortalTestResources.class)
public final class TestResourcesRegistration {

    private TestResourcesRegistration() {
    }
}
