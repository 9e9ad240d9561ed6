package org.stanceline.webhook;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

@Path("/api/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
@RolesAllowed("admin")
public class WebhookResource {

    @Inject
    WebhookService webhooks;

    @Inject
    SecurityIdentity identity;

    @Context
    UriInfo uri;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a URL to signed deliveries of confirmations (body {url, secret, topic, actors, "
            + "kinds, minIntensity}; url and secret required)")
    public Response register(WebhookInput input) {
        WebhookViews.Subscription created = webhooks.register(input, uri.getBaseUri(), user());
        return Response.created(URI.create("/api/webhooks/" + created.id())).entity(created).build();
    }

    @GET
    @Operation(summary = "The subscriptions (secrets are not shown)")
    public List<WebhookViews.Subscription> list() {
        return webhooks.list();
    }

    @DELETE
    @Path("{id}")
    @Operation(summary = "Remove a subscription with its pending deliveries and log")
    public Response delete(@PathParam("id") long id) {
        webhooks.delete(id, user());
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/deliveries")
    @Operation(summary = "The subscription's newest deliveries, each with its attempts")
    public WebhookViews.Deliveries deliveries(@PathParam("id") long id) {
        return webhooks.deliveries(id);
    }

    @POST
    @Path("{id}/deliveries/{deliveryId}/redeliver")
    @Operation(summary = "Send a delivery again (same webhook-id and body) at the next poll")
    public Response redeliver(@PathParam("id") long id, @PathParam("deliveryId") long deliveryId) {
        return Response.accepted(webhooks.redeliver(id, deliveryId, user())).build();
    }

    private String user() {
        return identity.getPrincipal().getName();
    }
}
