package org.stanceline.web;

import jakarta.annotation.security.RolesAllowed;
import org.jboss.resteasy.reactive.server.SimpleResourceInfo;

import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * The roles the matched endpoint allows, in words, so a refusal names the role this address needs
 * (an analyst told "analyst or admin" on an admin-only export would try again and get 403).
 */
final class RequiredRoles {

    static final String ANY_WRITER = "analyst or admin";

    private RequiredRoles() {
    }

    static String of(SimpleResourceInfo resource) {
        if (resource == null || resource.getResourceClass() == null) {
            return ANY_WRITER;
        }
        RolesAllowed allowed = null;
        for (Method m : resource.getResourceClass().getMethods()) {
            if (m.getName().equals(resource.getMethodName())
                    && Arrays.equals(m.getParameterTypes(), resource.parameterTypes())) {
                allowed = m.getAnnotation(RolesAllowed.class);
            }
        }
        if (allowed == null) {
            allowed = resource.getResourceClass().getAnnotation(RolesAllowed.class);
        }
        if (allowed == null || allowed.value().length == 0) {
            return ANY_WRITER;
        }
        String[] roles = allowed.value();
        return roles.length == 1 ? roles[0] : String.join(" or ", roles);
    }
}
