using System.Net;
using System.Net.Http.Json;
using SocialPrescribing.Referrals.Api.Tests.Hosting;

namespace SocialPrescribing.Referrals.Api.Tests;

/// <summary>A referral's needs and interests are the directory's taxonomy terms, checked with the directory when they are saved.</summary>
public sealed class NeedTermTests(ReferralsApp app)
{
    [Fact]
    public async Task Needs_are_saved_as_the_directory_term_ids_they_were_given()
    {
        var (worker, referralId) = await NewReferralAsync();

        using var saved = await PutNeedsAsync(worker, referralId, [FakeTaxonomy.Id("need-carers-support")], [FakeTaxonomy.Id("type-walking")]);

        var referral = await LinkWorkerClient.ReadAsync(saved);
        Assert.Equal([FakeTaxonomy.Id("need-carers-support")], referral["needTermIds"]!.AsArray().Select(t => t!.GetValue<string>()));
        Assert.Equal([FakeTaxonomy.Id("type-walking")], referral["interestTermIds"]!.AsArray().Select(t => t!.GetValue<string>()));
    }

    [Fact]
    public async Task A_term_the_directory_does_not_know_is_refused_naming_the_field_and_nothing_is_saved()
    {
        var (worker, referralId) = await NewReferralAsync();

        var problem = await LinkWorkerClient.ProblemAsync(
            await PutNeedsAsync(worker, referralId, ["need-carers-support", Guid.NewGuid().ToString()], ["swimming"]), HttpStatusCode.BadRequest);

        Assert.Equal(2, problem["errors"]!["needTermIds"]!.AsArray().Count);
        Assert.Contains("'swimming' is not a taxonomy term id", problem["errors"]!["interestTermIds"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty((await worker.GetReferralAsync(referralId))["referral"]!["needTermIds"]!.AsArray());
    }

    [Fact]
    public async Task An_activity_type_is_refused_as_a_need_but_taken_as_an_interest()
    {
        var (worker, referralId) = await NewReferralAsync();

        var problem = await LinkWorkerClient.ProblemAsync(
            await PutNeedsAsync(worker, referralId, [FakeTaxonomy.Id("type-walking")], []), HttpStatusCode.BadRequest);

        Assert.Contains("is an activity type, not a need", problem["errors"]!["needTermIds"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private async Task<(LinkWorkerClient Worker, Guid ReferralId)> NewReferralAsync()
    {
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(Guid.NewGuid())));
        return (worker, await worker.ReferAsync(await worker.RegisterPersonAsync()));
    }

    private static Task<HttpResponseMessage> PutNeedsAsync(LinkWorkerClient worker, Guid referralId, string[] needs, string[] interests) =>
        worker.ChangeReferralAsync(referralId, HttpMethod.Put, "needs", new { needTermIds = needs, interestTermIds = interests });
}
