package org.stanceline.oembed;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An oEmbed 1.0 "rich" response (https://oembed.com/, section 2.3.4). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record OEmbed(String type, String version, String title,
                     @JsonProperty("provider_name") String providerName,
                     @JsonProperty("provider_url") String providerUrl,
                     @JsonProperty("cache_age") Integer cacheAge,
                     String html, int width, int height,
                     @JsonProperty("thumbnail_url") String thumbnailUrl,
                     @JsonProperty("thumbnail_width") Integer thumbnailWidth,
                     @JsonProperty("thumbnail_height") Integer thumbnailHeight) {
}
