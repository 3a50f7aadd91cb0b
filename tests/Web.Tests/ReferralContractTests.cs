using System.Reflection;
using SocialPrescribing.Contracts.Http.Referrals;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Tests;

/// <summary>
/// The web reads the referrals service's answers as the contract types the service itself answers with, so a change
/// of the contract breaks the build rather than a page. A hand-copied record in the web would fail here.
/// </summary>
public sealed class ReferralContractTests
{
    private static readonly Type[] ReferralsClients =
        [typeof(ReferralsClient), typeof(ReferralReportsClient), typeof(SelfReferralsClient), typeof(SurveysClient), typeof(ProviderConnectionsClient)];

    public static TheoryData<Type> Clients() => [.. ReferralsClients];

    [Theory]
    [MemberData(nameof(Clients))]
    public void Every_answer_a_referrals_client_reads_is_a_contract_type(Type client)
    {
        var answers = client.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Select(m => (m.Name, Type: Answer(m.ReturnType)))
            .Where(m => m.Type is not null && !IsPlain(m.Type))
            .ToList();

        Assert.NotEmpty(answers);
        Assert.All(answers, a => Assert.True(
            a.Type!.Assembly == typeof(Referral).Assembly,
            $"{client.Name}.{a.Name} reads {a.Type.FullName}, which is not from SocialPrescribing.Contracts: use the contract type instead of a copy."));
    }

    /// <summary>What a call answers with, through Task, Versioned and lists; null for a call that answers nothing.</summary>
    private static Type? Answer(Type type) => type switch
    {
        { IsGenericType: true } when type.GetGenericTypeDefinition() == typeof(Task<>) => Answer(type.GetGenericArguments()[0]),
        { IsGenericType: true } when type.GetGenericTypeDefinition() == typeof(Versioned<>) => Answer(type.GetGenericArguments()[0]),
        { IsGenericType: true } when type.GetGenericTypeDefinition() == typeof(List<>) => Answer(type.GetGenericArguments()[0]),
        _ when type == typeof(Task) => null,
        _ => type,
    };

    /// <summary>Ids and raw JSON (the FHIR message back, an answer the web does not read) carry no shape of the service's.</summary>
    private static bool IsPlain(Type type) => type.Assembly == typeof(object).Assembly || type.Namespace == "System.Text.Json";
}
