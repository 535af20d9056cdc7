package jpus.taskforce.portal.api.openapi;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * Points the OIDC scheme at the Keycloak this portal really uses. Quarkus fills the address in
 * when the application is built, but the realm is set where it runs (PORTAL_OIDC_URL): without
 * this, every deployment's document would send partners to the build's default.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class OidcDiscoveryAddress implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        SecurityScheme oidc = openAPI.getComponents() == null || openAPI.getComponents().getSecuritySchemes() == null ? null
                : openAPI.getComponents().getSecuritySchemes().get(OperationSecurity.OIDC);
        if (oidc != null) {
            ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.auth-server-url", String.class)
                    .ifPresent(realm -> oidc.setOpenIdConnectUrl(realm.replaceAll("/+$", "") + "/.well-known/openid-configuration"));
        }
    }
}
