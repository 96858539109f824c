import Testing
@testable import ManifestLint

/// `docker/metadata-action`'s automatic `latest` on a release tag push, as its src/meta.ts decides it: the first tag
/// entry by priority that gives a value turns it on (semver, pep440, match, `ref,event=tag`) or off (raw, sha), and
/// only the flavor's prefix/suffix with `onlatest=true` reach it.
@Suite("metadata-action latest")
struct MetadataActionTests {
    @Test func defaultsAndReleaseEntriesMakeABareLatest() {
        #expect(MetadataAction.latestTag(tags: [], flavor: []) == .some("latest"))
        #expect(MetadataAction.latestTag(tags: ["type=semver,pattern={{version}}"], flavor: ["suffix=-arm64"]) == .some("latest"))
        #expect(MetadataAction.latestTag(tags: ["type=ref,event=tag,suffix=-amd64"], flavor: []) == .some("latest"))
        #expect(MetadataAction.latestTag(tags: ["type=semver,pattern={{version}}"], flavor: ["suffix=-arm64,onlatest=true"]) == .some("latest-arm64"))
        #expect(MetadataAction.latestTag(tags: ["type=semver,pattern={{version}}"], flavor: ["prefix=v-,onlatest=true", "suffix=-arm64"]) == .some("v-latest"))
    }

    @Test func rawShaAndBranchEntriesDecideNoLatest() {
        // Priority 200 and 100 entries give a value first when nothing of higher priority does on a tag.
        #expect(MetadataAction.latestTag(tags: ["type=sha", "type=ref,event=branch"], flavor: []) == .none)
        #expect(MetadataAction.latestTag(tags: ["type=raw,value=stable,priority=1000", "type=semver,pattern={{version}}"], flavor: []) == .none)
        #expect(MetadataAction.latestTag(tags: ["type=semver,pattern={{version}}"], flavor: ["latest=false"]) == .none)
        // `{{is_default_branch}}` is false on a tag: that entry is skipped and the semver one decides.
        #expect(MetadataAction.latestTag(tags: ["type=raw,value=edge,enable={{is_default_branch}},priority=2000", "type=semver,pattern={{version}}"], flavor: []) == .some("latest"))
    }

    @Test func prereleasesAndTagsThatAreNoVersionAreNotClaimed() {
        // A literal prerelease version turns latest off; a tag the filters do not show to be a release may be no
        // version at all, so the semver entry that would decide is unknown.
        #expect(MetadataAction.latestTag(tags: ["type=semver,pattern={{version}},value=2.0.0-beta.1", "type=sha"], flavor: []) == .none)
        #expect(MetadataAction.latestTag(tags: ["type=semver,pattern={{version}}", "type=sha"], flavor: [], releaseTags: false) == .some(nil))
        // `type=ref,event=tag` gives latest on any tag.
        #expect(MetadataAction.latestTag(tags: ["type=ref,event=tag"], flavor: [], releaseTags: false) == .some("latest"))
    }

    @Test func whatTheFileDoesNotSayIsUnknown() {
        // An `enable=` expression on the entry that would decide, a `match=`, a flavor spelt by an expression.
        #expect(MetadataAction.latestTag(tags: ["type=semver,pattern={{version}},enable=${{ inputs.release }}"], flavor: []) == .some(nil))
        #expect(MetadataAction.latestTag(tags: ["type=semver,pattern={{version}},match=v(.*)"], flavor: []) == .some(nil))
        #expect(MetadataAction.latestTag(tags: ["type=semver,pattern={{version}}"], flavor: ["latest=${{ inputs.latest }}"]) == .some(nil))
        #expect(MetadataAction.latestTag(tags: ["type=semver,pattern={{version}}"], flavor: ["suffix=-${{ matrix.arch }},onlatest=true"]) == .some(nil))
    }
}
