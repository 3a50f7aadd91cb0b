using SocialPrescribing.Authorization;
using SocialPrescribing.Referrals.Api.Tests.Hosting;
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
        var connectionId = await worker.RequestActivityAsync(referralId, Guid.NewGuid(), provider);

        var report = await new ApiFuzzer(app.Factory.CreateClient(), new FuzzOptions
        {
            Callers =
            [
                new("link worker", TestTokens.LinkWorker(team)),
                new("team lead", TestTokens.TeamLead(team)),
                new("another team's link worker", TestTokens.LinkWorker(Guid.NewGuid())),
                new("provider's VCSE staff", TestTokens.VcseStaff(provider)),
                new("commissioner", TestTokens.Commissioner()),
                new("service", TestTokens.Service()),
                new("volunteer", TestTokens.Issue(Roles.Volunteer, [ApiScopes.Volunteering])),
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
