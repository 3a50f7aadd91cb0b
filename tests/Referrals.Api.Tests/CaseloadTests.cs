using System.Net.Http.Json;
using SocialPrescribing.Referrals.Api.Tests.Hosting;

namespace SocialPrescribing.Referrals.Api.Tests;

public sealed class CaseloadTests(ReferralsApp app)
{
    [Fact]
    public async Task The_caseload_counts_each_referrals_requests_still_waiting_for_a_providers_answer()
    {
        var teamId = Guid.NewGuid();
        var worker = new LinkWorkerClient(app.CreateClient(TestTokens.LinkWorker(teamId)));
        var waiting = await worker.ReferAsync(await worker.RegisterPersonAsync());
        var quiet = await worker.ReferAsync(await worker.RegisterPersonAsync());
        await worker.RequestActivityAsync(waiting, app.Places.ActivityRunBy(Guid.NewGuid()), null, agreedWorkingDays: 10);
        await worker.RequestActivityAsync(waiting, app.Places.ActivityRunBy(Guid.NewGuid()), null, agreedWorkingDays: 3);
        var withdrawn = await worker.RequestActivityAsync(waiting, app.Places.ActivityRunBy(Guid.NewGuid()), null);
        using (var withdraw = await worker.Http.PostAsJsonAsync($"/api/connections/{withdrawn}/status", new { status = "Withdrawn", reason = "Chose another." }, Ct))
        {
            withdraw.EnsureSuccessStatusCode();
        }

        var caseload = await worker.Http.GetFromJsonAsync<List<Entry>>($"/api/teams/{teamId}/caseload", Ct);

        var entry = Assert.Single(caseload!, e => e.ReferralId == waiting);
        Assert.Equal(2, entry.RequestsAwaitingAnswer);
        var connections = (await worker.GetReferralAsync(waiting))["connections"]!.AsArray()
            .Where(c => (string?)c!["status"] == "Requested")
            .Select(c => DateOnly.Parse((string)c!["answerDueBy"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(connections.Min(), entry.OldestRequestDueBy);
        var none = Assert.Single(caseload!, e => e.ReferralId == quiet);
        Assert.Equal(0, none.RequestsAwaitingAnswer);
        Assert.Null(none.OldestRequestDueBy);
    }

    private sealed record Entry(Guid ReferralId, int RequestsAwaitingAnswer, DateOnly? OldestRequestDueBy);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
