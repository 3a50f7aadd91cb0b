using SocialPrescribing.Referrals.Api.Tests.Hosting;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Fuzzing;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class FuzzTests(ReferralsApp app)
{
    [Fact]
    public async Task No_hostile_request_to_any_operation_gets_a_server_error()
    {
        var (team, provider) = (Guid.NewGuid(), Guid.NewGuid());
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(team)));
        var personId = await worker.RegisterPersonAsync();
        var referralId = await worker.ReferAsync(personId);
        var connectionId = await worker.RequestActivityAsync(referralId, app.Places.ActivityRunBy(provider), provider);

        var report = await new ApiFuzzer(app.Factory.CreateClient(), new FuzzOptions
        {
            // Every kind of caller, on this team and this provider's organisation, another team's link worker and anonymous.
            Callers =
            [
                .. MatrixAccounts.For(team, provider, Guid.NewGuid()).Select(a => new FuzzCaller(a.ToString(), TestTokens.For(a))),
                new("another team's link worker", TestTokens.LinkWorker(Guid.NewGuid())),
                new("anonymous", null),
            ],
            PathValues = new Dictionary<string, string>
            {
                ["people"] = personId.ToString(),
                ["referrals"] = referralId.ToString(),
                ["connections"] = connectionId.ToString(),
                ["teamId"] = team.ToString(),
                ["organisationId"] = provider.ToString(),
                ["providerId"] = provider.ToString(),
            },
        }).RunAsync(TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"{report.Summary} (details in {report.Save("referrals")})");
        Assert.True(report.Failures.Count == 0, report.Describe());
    }
}
