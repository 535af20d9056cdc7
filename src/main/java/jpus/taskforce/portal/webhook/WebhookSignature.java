package jpus.taskforce.portal.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature partners verify: HMAC-SHA256 with the endpoint's secret over
 * {@code <timestamp>.<body>}, hex-encoded and sent as {@code v1=<hex>}. Signing the timestamp too
 * lets a receiver refuse a replayed request.
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "Portal-Webhook-Signature";
    public static final String TIMESTAMP_HEADER = "Portal-Webhook-Timestamp";
    public static final String ID_HEADER = "Portal-Webhook-Id";
    public static final String EVENT_HEADER = "Portal-Webhook-Event";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] digest = mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1=" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is required of every Java runtime", e);
        }
    }
}
