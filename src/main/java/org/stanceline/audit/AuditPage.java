package org.stanceline.audit;

import java.util.List;

/** A page of the audit, newest first; {@code next} (null on the last page) is the {@code after} of the next page. */
public record AuditPage(List<AuditView> items, String next) {
}
