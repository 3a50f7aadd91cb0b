using System.Net;
using System.Net.Http.Json;
using Npgsql;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Web.SystemTests.Hosting;

/// <summary>
/// What a journey writes straight into a service's database because it cannot wait for it or is not its subject:
/// a reminder the referrals service's rule records at 10:00 the day before a session, an hour a volunteer logged
/// and their organisation approved.
/// </summary>
public static class DatabaseShortcuts
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>A reminder of tomorrow's session for the person of <paramref name="referralId"/>, by email, as the rule records it; the service's scheduler sends it within a minute.</summary>
    public static async Task RecordReminderAsync(this SystemFixture system, Guid referralId, string firstName, string activityName)
    {
        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync("referrals-db"));
        await connection.OpenAsync(Ct);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO notifications (id, key, template, recipient_kind, recipient_id, subject_id, channel, address, personalisation, status, created_at, attempts)
            SELECT gen_random_uuid(), 'activity:journey-test:' || gen_random_uuid(), 'activity-tomorrow', 'person', r."PersonId", r."Id", 'Email',
                   p."Email", jsonb_build_object('first_name', @firstName::text, 'activity_name', @activity::text, 'session_date', 'tomorrow', 'opens_at', '10:30am'), 'Pending', now(), 0
            FROM referrals r JOIN people p ON p."Id" = r."PersonId" WHERE r."Id" = @referral
            """, connection);
        insert.Parameters.AddWithValue("referral", referralId);
        insert.Parameters.AddWithValue("firstName", firstName);
        insert.Parameters.AddWithValue("activity", activityName);
        Assert.Equal(1, await insert.ExecuteNonQueryAsync(Ct));
    }

    /// <summary>The volunteer logs an hour today through the API and, as their organisation would, it is approved.</summary>
    public static async Task GiveApprovedHourTodayAsync(this SystemFixture system, string identifier, Guid volunteerId, Guid organisationId, string role)
    {
        var logId = Guid.NewGuid();
        using var volunteering = await system.AsVolunteerAsync(identifier, Ct);
        using var logged = await volunteering.PostAsJsonAsync($"/api/volunteers/{volunteerId}/hours", new
        {
            id = logId,
            organisationId,
            role,
            date = DateOnly.FromDateTime(DateTime.UtcNow),
            minutes = 60,
        }, Ct);
        Assert.True(logged.StatusCode == HttpStatusCode.Created, await logged.Content.ReadAsStringAsync(Ct));

        await using var connection = new NpgsqlConnection(await system.App.GetConnectionStringAsync("volunteering-db"));
        await connection.OpenAsync(Ct);
        await using var approve = new NpgsqlCommand(
            "UPDATE hour_logs SET status = 'Approved', decided_by = 'journey-test', decided_at = now() WHERE id = @id", connection);
        approve.Parameters.AddWithValue("id", logId);
        Assert.Equal(1, await approve.ExecuteNonQueryAsync(Ct));
    }
}
