package jpus.taskforce.portal.notification;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import jpus.taskforce.portal.document.Government;

/** A member of staff the portal has seen take a step: where to write to, and whose drafts they review. */
@Entity
@Table(name = "staff_contact")
public class StaffContact {

    @Id
    @Column(length = 100)
    private String username;

    @Column(length = 320)
    private String address;

    @Column(name = "reviews_for", nullable = false, length = 20)
    private String reviewsFor;

    @Column(name = "seen_at", nullable = false)
    private Instant seenAt;

    protected StaffContact() {
    }

    StaffContact(String username) {
        this.username = username;
    }

    void seen(String address, Set<Government> reviews) {
        if (address != null && !address.isBlank()) {
            this.address = address.strip();
        }
        this.reviewsFor = reviews.stream().map(Government::name).sorted().collect(Collectors.joining(","));
        this.seenAt = Instant.now();
    }

    public String getUsername() {
        return username;
    }

    public String getAddress() {
        return address;
    }

    public Set<Government> reviews() {
        Set<Government> governments = EnumSet.noneOf(Government.class);
        Arrays.stream(reviewsFor.split(",")).filter(s -> !s.isEmpty()).map(Government::valueOf).forEach(governments::add);
        return governments;
    }
}
