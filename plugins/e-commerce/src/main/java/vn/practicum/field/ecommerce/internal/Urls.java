package vn.practicum.field.ecommerce.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Web addresses users type: absolute http(s) addresses of a named host. */
final class Urls {

    static final int MAX_LENGTH = 300;

    private Urls() {
    }

    static boolean isWebAddress(String text) {
        String address = text.strip();
        if (address.length() > MAX_LENGTH || address.chars().anyMatch(Character::isWhitespace)) {
            return false;
        }
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            String host = uri.getHost();
            return ("https".equals(scheme) || "http".equals(scheme)) && host != null && host.contains(".")
                    && !host.startsWith(".") && !host.endsWith(".");
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
