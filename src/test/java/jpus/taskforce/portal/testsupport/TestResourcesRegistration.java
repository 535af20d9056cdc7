package jpus.taskforce.portal.testsupport;

import io.quarkus.test.common.QuarkusTestResource;

/** Registers {@link PortalTestResources} and the {@link MailServer} for every {@code @QuarkusTest} of the suite. */
@QuarkusTestResource(PortalTestResources.class)
@QuarkusTestResource(MailServer.class)
public final class TestResourcesRegistration {

    private TestResourcesRegistration() {
    }
}
