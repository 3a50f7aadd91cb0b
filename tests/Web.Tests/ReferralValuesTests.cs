using System.Reflection;
using SocialPrescribing.Contracts.Http;
using SocialPrescribing.Notifications.Model;
using SocialPrescribing.Referrals.Domain.Connections;
using SocialPrescribing.Referrals.Domain.People;
using SocialPrescribing.Referrals.Domain.Referrals;
using SocialPrescribing.Referrals.Domain.Surveys;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Tests;

/// <summary>
/// The web names the referrals service's enum values it acts on as string constants (its contracts carry them as
/// strings). A value renamed or removed in the service's domain fails here, not as a page that quietly stops matching.
/// </summary>
public sealed class ReferralValuesTests
{
    private static readonly Dictionary<string, (Type Constants, string[] Sent)> Mirrors = new()
    {
        ["referral statuses"] = (typeof(ReferralStatuses), Sent<ReferralStatus>()),
        ["connection statuses"] = (typeof(ConnectionStatuses), Sent<ConnectionStatus>()),
        ["connection targets"] = (typeof(TargetKinds), Sent<ConnectionTargetKind>()),
        ["contact preferences"] = (typeof(ContactPreferences), Sent<ContactMethod>()),
        ["reminder choices"] = (typeof(ReminderChoices), Sent<ReminderPreference>()),
        ["survey kinds"] = (typeof(SurveyKinds), Sent<SurveyKind>()),
        ["survey states"] = (typeof(SurveyStates), Sent<SurveyState>()),
        ["referral sources"] = (typeof(ReferralSources), Sent<ReferralSource>()),
    };

    public static TheoryData<string> Kinds() => [.. Mirrors.Keys];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_value_the_web_names_is_one_the_referrals_service_sends(string kind)
    {
        var (constants, sent) = Mirrors[kind];
        var named = constants.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .ToArray();

        Assert.NotEmpty(named);
        Assert.Subset(sent.ToHashSet(), named.ToHashSet());
    }

    private static string[] Sent<TEnum>() where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(v => v.WireName())];
}
