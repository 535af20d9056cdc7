package jpus.taskforce.portal.web;

import java.net.URI;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

import io.quarkus.security.identity.SecurityIdentity;

import jpus.taskforce.portal.document.CodedValue;
import jpus.taskforce.portal.document.Language;

/**
 * Signing out, a form posted from the header (with its CSRF token, so that no other site can sign
 * anyone out). With Keycloak, {@code quarkus.oidc.logout.path} makes this address end the session
 * at Keycloak as soon as the identity is asked for, which this method does; the local run's form
 * sign-in ends by expiring its session cookie. Either way the person lands on the home page.
 */
@Path("/sign-out")
public class SignOut {

    @ConfigProperty(name = "quarkus.http.auth.form.enabled", defaultValue = "false")
    boolean formSignIn;

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name", defaultValue = "quarkus-credential")
    String formCookie;

    @Inject
    SecurityIdentity identity;

    @POST
    @Consumes({ MediaType.APPLICATION_FORM_URLENCODED, MediaType.MULTIPART_FORM_DATA })
    public Response signOut(@RestForm String lang) {
        URI home = URI.create("/" + Optional.ofNullable(lang)
                .flatMap(code -> CodedValue.fromCode(Language.class, code))
                .orElse(Language.EN).code() + "/");
        if (formSignIn) {
            return Response.seeOther(home)
                    .cookie(new NewCookie.Builder(formCookie).value("").path("/").maxAge(0).httpOnly(true)
                            .sameSite(NewCookie.SameSite.STRICT).build())
                    .build();
        }
        // Signed in with Keycloak, this call answers with the redirect to Keycloak's logout instead of returning.
        identity.isAnonymous();
        return Response.seeOther(home).build();
    }
}
