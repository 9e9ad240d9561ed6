package org.stanceline.webhook;

import java.util.List;

/**
 * Body of {@code POST /api/webhooks}. Only url and secret are required; a missing filter matches everything.
 *
 * @param kinds {@code shift} (the confirmation changed the position or raised the intensity) and/or
 *              {@code statement} (any newly confirmed statement, shifts included); default both
 */
public record WebhookInput(String url, String secret, String topic, List<String> actors, List<String> kinds,
                           Integer minIntensity) {
}
