using SocialPrescribing.Matching.Domain.Allocation;
using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Domain.ReadModel;
using SocialPrescribing.Matching.Domain.Suggestions;

namespace SocialPrescribing.Matching.Snapshot;

/// <summary>
/// One immutable view of everything the matcher answers from: the compiled read model of activities and
/// volunteers, the open referrals' profiles, and the suggester and allocator over them. Requests take the
/// current one and use it throughout, so a rebuild never changes the data under a request.
/// </summary>
public sealed class MatchingSnapshot
{
    public MatchingSnapshot(
        MatchingReadModel model,
        IReadOnlyDictionary<Guid, PersonProfile> profiles,
        MatchingConfiguration configuration,
        TimeProvider time,
        DateTimeOffset builtAt)
    {
        Model = model;
        Profiles = profiles;
        Suggester = new Suggester(model, configuration, time);
        Allocator = new Allocator(model, configuration, time);
        BuiltAt = builtAt;
    }

    private MatchingSnapshot(MatchingSnapshot candidates, IReadOnlyDictionary<Guid, PersonProfile> profiles, DateTimeOffset builtAt)
    {
        Model = candidates.Model;
        Profiles = profiles;
        Suggester = candidates.Suggester;
        Allocator = candidates.Allocator;
        BuiltAt = builtAt;
    }

    /// <summary>
    /// This snapshot with other referral profiles: the candidates and the compiled read model are shared, as a
    /// profile changes no candidate, so a new or changed referral costs a dictionary copy rather than a rebuild.
    /// </summary>
    public MatchingSnapshot WithProfiles(IReadOnlyDictionary<Guid, PersonProfile> profiles, DateTimeOffset builtAt) =>
        new(this, profiles, builtAt);

    public MatchingReadModel Model { get; }
    public IReadOnlyDictionary<Guid, PersonProfile> Profiles { get; }
    public Suggester Suggester { get; }
    public Allocator Allocator { get; }
    public DateTimeOffset BuiltAt { get; }
}
