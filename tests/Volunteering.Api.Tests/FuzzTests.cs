using SocialPrescribing.TestKit.Fuzzing;
using SocialPrescribing.TestKit.Hosting;
using SocialPrescribing.Volunteering.Api.Tests.Hosting;

namespace SocialPrescribing.Volunteering.Api.Tests;

public sealed class FuzzTests(InfrastructureFixture infrastructure)
{
    [Fact]
    public async Task No_hostile_request_to_any_operation_gets_a_server_error()
    {
        await using var app = await VolunteeringApp.StartAsync(infrastructure);
        var community = await Community.CreateAsync(app);
        var logId = await HourApprovalTests.SubmitAsync(app, community, 60);

        var report = await new ApiFuzzer(app.CreateClient(), new FuzzOptions
        {
            Callers = [.. community.Accounts.Append(community.ManagerB).Select(a => new FuzzCaller(a.ToString(), TestTokens.For(a))), new("anonymous", null)],
            PathValues = new Dictionary<string, string>
            {
                ["organisationId"] = community.OrganisationA.ToString(),
                ["volunteerId"] = community.VolunteerId.ToString(),
                ["logId"] = logId.ToString(),
            },
        }).RunAsync(TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"{report.Summary} (details in {report.Save("volunteering")})");
        Assert.True(report.Failures.Count == 0, report.Describe());
    }
}
