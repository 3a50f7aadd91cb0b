using SocialPrescribing.Matching.Domain;
using SocialPrescribing.Matching.Domain.Allocation;
using SocialPrescribing.Matching.Domain.Configuration;
using SocialPrescribing.Matching.Domain.Profiles;
using static SocialPrescribing.Matching.UnitTests.TestData;

namespace SocialPrescribing.Matching.UnitTests;

public class BadInputTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(101)]
    public void Asking_for_k_out_of_range_is_refused(int k)
    {
        var error = Assert.Throws<MatchingDomainException>(() => Suggester(Activity()).Suggest(Person(), CandidateKind.Activity, k));

        Assert.Equal($"Asked for {k} suggestions; ask for between 1 and 100.", error.Message);
    }

    [Fact]
    public void A_profile_with_no_location_is_refused()
    {
        var person = Person() with { Location = null };

        var error = Assert.Throws<MatchingDomainException>(() => Suggester(Activity()).Suggest(person, CandidateKind.Activity, 5));

        Assert.Contains("has no location", error.Message);
    }

    [Fact]
    public void A_travel_limit_of_zero_is_refused()
    {
        var error = Assert.Throws<MatchingDomainException>(() => Suggester(Activity()).Suggest(Person() with { MaxTravelKm = 0 }, CandidateKind.Activity, 5));

        Assert.Contains("travel limit must be above zero", error.Message);
    }

    [Fact]
    public void A_negative_weight_is_refused()
    {
        var configuration = new MatchingConfiguration { Weights = MatchingWeights.Default with { Distance = -0.1 } };

        var error = Assert.Throws<MatchingDomainException>(() => Suggester(Model([Activity()]), configuration));

        Assert.Equal("Matching weight 'Distance' is -0.1; weights must be zero or more.", error.Message);
    }

    [Fact]
    public void All_zero_weights_are_refused()
    {
        var zero = new MatchingWeights { Needs = 0, Distance = 0, TimeOverlap = 0, Responsiveness = 0, Rating = 0, Deprivation = 0, Waiting = 0, Language = 0 };

        var allZero = Assert.Throws<MatchingDomainException>(zero.Validate);
        var onlyProvider = Assert.Throws<MatchingDomainException>((zero with { Responsiveness = 1 }).Validate);

        Assert.Contains("All matching weights are zero", allZero.Message);
        Assert.Contains("volunteers could not be ranked", onlyProvider.Message);
    }

    [Fact]
    public void Capacities_below_zero_are_refused()
    {
        var model = Model([Activity()]);
        var allocator = new Allocator(model, MatchingConfiguration.Default, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));
        var request = new AllocationRequest([Person()], CandidateKind.Activity) { Capacities = new Dictionary<Guid, int> { [Activity().Id] = -1 } };

        var fromRequest = Assert.Throws<MatchingDomainException>(() => allocator.Allocate(request));
        var fromProblem = Assert.Throws<MatchingDomainException>(() => new AssignmentProblem(1, [2, -1], [], 1));
        var fromReadModel = Assert.Throws<MatchingDomainException>(() => Model([Activity() with { FreePlaces = -2 }]));

        Assert.Equal($"Capacity for {Activity().Id} is -1; capacities cannot be below zero.", fromRequest.Message);
        Assert.Equal("Place 1 has capacity -1; capacity cannot be below zero.", fromProblem.Message);
        Assert.Contains("capacity cannot be below zero", fromReadModel.Message);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_pair_listed_twice_is_refused_whether_or_not_the_pairs_come_person_by_person(bool inPersonOrder)
    {
        ScoredPair[] pairs = inPersonOrder ? [new(0, 0, 3), new(1, 0, 5), new(1, 0, 4)] : [new(1, 0, 5), new(0, 0, 3), new(1, 0, 4)];

        var error = Assert.Throws<MatchingDomainException>(() => new AssignmentProblem(2, [1, 1], pairs, 1));

        Assert.Equal("Pair (1, 0) is listed twice.", error.Message);
    }

    [Fact]
    public void A_waiting_list_is_refused_for_its_first_bad_profile_in_list_order()
    {
        var allocator = new Allocator(Model([Activity()]), MatchingConfiguration.Default, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));
        var (anna, ben, tooOld) = (Person(1), Person(2), Person(3) with { Age = 140 });

        var duplicateFirst = Assert.Throws<MatchingDomainException>(() => allocator.Allocate(new AllocationRequest([anna, ben, anna, tooOld], CandidateKind.Activity)));
        var badAgeFirst = Assert.Throws<MatchingDomainException>(() => allocator.Allocate(new AllocationRequest([anna, tooOld, ben, anna], CandidateKind.Activity)));

        Assert.Equal($"Referral {anna.ReferralId} is on the waiting list twice.", duplicateFirst.Message);
        Assert.Equal($"Referral {tooOld.ReferralId} has age 140, which is not a possible age.", badAgeFirst.Message);
    }

    [Fact]
    public void Fewer_than_one_match_per_person_is_refused()
    {
        var allocator = new Allocator(Model([Activity()]), MatchingConfiguration.Default, new Microsoft.Extensions.Time.Testing.FakeTimeProvider(Now));

        var error = Assert.Throws<MatchingDomainException>(() => allocator.Allocate(new AllocationRequest([Person()], CandidateKind.Activity) { MaxMatchesPerPerson = 0 }));

        Assert.Contains("must be at least 1", error.Message);
    }

    [Fact]
    public void Explaining_an_unknown_candidate_is_refused_as_not_found()
    {
        var error = Assert.Throws<UnknownCandidateException>(() => Suggester(Activity()).Explain(Person(), CandidateKind.Activity, IdOf(999)));

        Assert.Equal(IdOf(999), error.CandidateId);
    }

    [Fact]
    public void A_session_that_ends_before_it_starts_is_refused()
    {
        var activity = Activity() with { Sessions = [new TimeSlot(DayOfWeek.Monday, new TimeOnly(14, 0), new TimeOnly(13, 0))] };

        var error = Assert.Throws<MatchingDomainException>(() => Model([activity]));

        Assert.Contains("must end after it starts", error.Message);
    }

    [Fact]
    public void A_deprivation_decile_outside_one_to_ten_is_refused_in_a_query()
    {
        Assert.Throws<MatchingDomainException>(() => Suggester(Activity()).Suggest(Person() with { DeprivationDecile = 0 }, CandidateKind.Activity, 1));
    }
}
