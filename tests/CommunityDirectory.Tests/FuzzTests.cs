using SocialPrescribing.CommunityDirectory.Tests.Hosting;
using SocialPrescribing.TestKit.Auth;
using SocialPrescribing.TestKit.Fuzzing;

namespace SocialPrescribing.CommunityDirectory.Tests;

public sealed class FuzzTests(DirectoryApp app)
{
    [Fact]
    public async Task No_hostile_request_to_any_operation_gets_a_server_error()
    {
        var group = await app.RegisterOrganisationAsync();
        var locationId = await group.CreateLocationAsync();
        var activityId = await group.PublishActivityAsync(locationId);

        var report = await new ApiFuzzer(app.CreateClient(), new FuzzOptions
        {
            // Every kind of caller, of this organisation, another organisation's VCSE client and anonymous.
            Callers =
            [
                .. MatrixAccounts.For(Guid.NewGuid(), group.OrganisationId, Guid.NewGuid()).Select(a => new FuzzCaller(a.ToString(), TestTokens.For(a))),
                new("another organisation's VCSE client", TestTokens.VcseClient(Guid.NewGuid())),
                new("anonymous", null),
            ],
            PathValues = new Dictionary<string, string>
            {
                ["activities"] = activityId.ToString(),
                ["services"] = activityId.ToString(),
                ["locations"] = locationId.ToString(),
                ["organizations"] = group.OrganisationId.ToString(),
            },
        }).RunAsync(TestContext.Current.CancellationToken);

        TestContext.Current.TestOutputHelper?.WriteLine($"{report.Summary} (details in {report.Save("directory")})");
        Assert.True(report.Failures.Count == 0, report.Describe());
    }
}
