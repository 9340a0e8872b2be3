package io.github.rasd.testing;

import io.github.rasd.model.Analysis;
import io.github.rasd.model.Claim;
import java.util.List;

/**
 * Conditions on the claims that matched so far; each keeps those that meet it.
 *
 * @since 0.1.0
 */
public final class ClaimAssert extends RecordAssert<ClaimAssert, Claim> {

  ClaimAssert(Analysis analysis, List<Claim> claims, String asked) {
    super(analysis, claims, asked, Describe::claims, ClaimAssert.class);
  }

  @Override
  ClaimAssert next(List<Claim> kept, String asked) {
    return new ClaimAssert(analysis, kept, asked);
  }

  /**
   * Given to the outlet {@code channel}: the channel's words contain it ({@code "رويترز"}), or
   * its resolved organisation has it as canonical id or name.
   */
  public ClaimAssert givenTo(String channel) {
    return narrow("given to '" + channel + "'", c -> c.channel().map(ch -> ch.text().contains(channel)
        || ch.organizationId().flatMap(id -> analysis.organizations().stream()
            .filter(o -> o.id().equals(id)).findFirst())
            .map(o -> o.name().equals(channel) || o.canonicalId().map(channel::equals).orElse(false)
                || o.nameEn().map(channel::equals).orElse(false)).orElse(false))
        .orElse(false));
  }

  /** Its content contains {@code words}. */
  public ClaimAssert saying(String words) {
    return narrow("saying '" + words + "'", c -> c.content().text().contains(words));
  }

  /** Of {@code kind}: a direct quote, reported speech or an according-to attribution. */
  public ClaimAssert ofKind(Claim.Kind kind) {
    return narrow("of kind " + kind, c -> c.kind() == kind);
  }
}
