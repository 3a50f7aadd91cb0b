using System.Security.Cryptography;
using System.Text;
using Npgsql;
using SocialPrescribing.TestKit.Hosting;

namespace SocialPrescribing.Web.SystemTests.Hosting;

/// <summary>
/// A person's single-use survey link, recorded as the referrals service records it (only the token's hash is kept), with a
/// token the test knows, as only the person's message holds it.
/// </summary>
public static class SurveyLinks
{
    /// <param name="activity">For an after-activity survey: the activity, the organisation that runs it and its name.</param>
    public static async Task<string> AddSurveyLinkAsync(this SystemFixture system, Guid referralId, string kind, (Guid Id, Guid ProviderId, string Name)? activity = null)
    {
        var token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
        await using var referrals = new NpgsqlConnection(await system.App.GetConnectionStringAsync("referrals-db"));
        await referrals.OpenAsync(TestContext.Current.CancellationToken);
        await using var insert = new NpgsqlCommand("""
            INSERT INTO experience_surveys ("Id", "TokenHash", "Kind", "ReferralId", "TeamId", "ConnectionId", "ActivityId", "ProviderId", "ActivityName", "CreatedAt", "ExpiresAt")
            SELECT gen_random_uuid(), @hash, @kind, r."Id", r."TeamId", CASE WHEN @activity IS NULL THEN NULL ELSE gen_random_uuid() END, @activity, @provider, @name,
                   now(), now() + interval '30 days'
            FROM referrals r WHERE r."Id" = @referral
            """, referrals);
        insert.Parameters.AddWithValue("hash", Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token))));
        insert.Parameters.AddWithValue("kind", kind);
        insert.Parameters.Add("activity", NpgsqlTypes.NpgsqlDbType.Uuid).Value = (object?)activity?.Id ?? DBNull.Value;
        insert.Parameters.Add("provider", NpgsqlTypes.NpgsqlDbType.Uuid).Value = (object?)activity?.ProviderId ?? DBNull.Value;
        insert.Parameters.Add("name", NpgsqlTypes.NpgsqlDbType.Text).Value = (object?)activity?.Name ?? DBNull.Value;
        insert.Parameters.AddWithValue("referral", referralId);
        Assert.Equal(1, await insert.ExecuteNonQueryAsync(TestContext.Current.CancellationToken));
        return token;
    }
}
