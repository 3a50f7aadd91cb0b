using SocialPrescribing.Matching.Domain.Allocation;
using SocialPrescribing.Matching.Domain.Profiles;
using SocialPrescribing.Matching.Domain.ReadModel;
using SocialPrescribing.Matching.Domain.Suggestions;

namespace SocialPrescribing.Matching.Benchmarks;

/// <summary>The sizes the issue asks for, built once from seed 2026.</summary>
public sealed class Scenario
{
    public const int ActivityCount = 10_000;
    public const int VolunteerCount = 5_000;
    public const int PeopleCount = 50_000;
    public const int AllocationActivityCount = 10_000;

    public static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    public Scenario()
    {
        Data = new WestMidlandsData(2026, Now);
        Activities = Data.Activities(ActivityCount);
        Volunteers = Data.Volunteers(VolunteerCount);
        People = Data.People(PeopleCount);
        Model = MatchingReadModel.Create(Data.Taxonomy, Activities, Volunteers);
        Suggester = new Suggester(Model, Data.Configuration, new FixedTime(Now));
        AllocationModel = MatchingReadModel.Create(Data.Taxonomy, Activities.Take(AllocationActivityCount), []);
        Allocator = new Allocator(AllocationModel, Data.Configuration, new FixedTime(Now));
    }

    public WestMidlandsData Data { get; }
    public ActivityCandidate[] Activities { get; }
    public VolunteerCandidate[] Volunteers { get; }
    public PersonProfile[] People { get; }
    public MatchingReadModel Model { get; }
    public Suggester Suggester { get; }
    public MatchingReadModel AllocationModel { get; }
    public Allocator Allocator { get; }
}

/// <summary>A clock stopped at the scenario's "now", so waiting times and DBS expiry are the same every run.</summary>
internal sealed class FixedTime(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
