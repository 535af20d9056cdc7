package jpus.taskforce.portal.web;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/** {@code /en/sign-in} and {@code /ja/sign-in}, where the sign-in page's language switch leads. */
@Path(PageLanguage.PATH)
public class SignInLanguage {

    @GET
    @Path("/sign-in")
    public Response signIn(@PathParam("lang") String lang) {
        return Response.seeOther(URI.create("/sign-in?lang=" + PageLanguage.fromPath(lang).code())).build();
    }
}
