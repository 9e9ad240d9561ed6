package org.stanceline.account;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.stanceline.account.AccountViews.AccountChange;
import org.stanceline.account.AccountViews.AccountView;
import org.stanceline.account.AccountViews.NewAccount;
import org.stanceline.account.AccountViews.PasswordReset;

import java.util.List;

/** Named accounts, for admins: create, list, enable/disable or change role, reset a password. */
@Path("/api/accounts")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Role.ADMIN_ROLE)
public class AccountResource {

    @Inject
    AccountService accounts;

    @GET
    public List<AccountView> list() {
        return accounts.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewAccount body, @jakarta.ws.rs.core.Context UriInfo uri) {
        AccountView created = accounts.create(body);
        return Response.created(uri.getAbsolutePathBuilder().path(created.username()).build()).entity(created).build();
    }

    @PATCH
    @Path("/{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public AccountView change(@PathParam("username") String username, AccountChange body) {
        return accounts.change(username, body);
    }

    /** Sets a new password and ends the account's open sessions. */
    @POST
    @Path("/{username}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response resetPassword(@PathParam("username") String username, PasswordReset body) {
        accounts.resetPassword(username, body == null ? null : body.password());
        return Response.noContent().build();
    }
}
