package org.stanceline.audit;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Hands each write request's method, path and client address to {@link AuditRequest}; afterwards warns when a
 * successful write under /api was answered without an audit entry (a write path that forgot to record), so
 * such a gap shows in the log rather than only in an audit that lacks it.
 */
public class AuditRequestFilter {

    private static final Logger LOG = Logger.getLogger(AuditRequestFilter.class);

    @Inject
    AuditRequest request;

    @Inject
    AuditConfig config;

    @ServerRequestFilter
    public void capture(ContainerRequestContext context, HttpServerRequest http) {
        if (isRead(context.getMethod())) {
            return;
        }
        request.set(context.getMethod(), http.path(), address(http));
    }

    @ServerResponseFilter
    public void check(ContainerRequestContext context, ContainerResponseContext response) {
        if (isRead(context.getMethod()) || response.getStatus() >= 300
                || !context.getUriInfo().getPath().startsWith("/api/")) {
            return;
        }
        if (request.recorded() == 0) {
            LOG.warnf("%s %s answered %d without an audit entry", context.getMethod(),
                    context.getUriInfo().getPath(), response.getStatus());
        }
    }

    private static boolean isRead(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }

    private String address(HttpServerRequest http) {
        SocketAddress peer = http.remoteAddress();
        return clientAddress(http.getHeader("X-Forwarded-For"), peer == null ? null : peer.hostAddress(),
                config.trustForwardedFor());
    }

    /**
     * The connection's peer, or with {@code trustForwardedFor} the last hop of {@code X-Forwarded-For}: the
     * address our proxy saw, appended by it; earlier hops were sent by the client and prove nothing.
     */
    static String clientAddress(String forwardedFor, String peer, boolean trustForwardedFor) {
        if (trustForwardedFor && forwardedFor != null && !forwardedFor.isBlank()) {
            String[] hops = forwardedFor.split(",");
            String last = hops[hops.length - 1].trim();
            if (!last.isEmpty()) {
                return AuditLog.cut(last, 64);
            }
        }
        return AuditLog.cut(peer, 64);
    }
}
