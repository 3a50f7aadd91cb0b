using System.Reflection;
using SocialPrescribing.Contracts.Http;
using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Tests;

/// <summary>
/// The web reads and sends the services' own contract records (src/Contracts/Http), never a hand copy that can drift
/// from what the service writes: a change to a contract then breaks the build, not a page.
/// </summary>
public sealed class ContractTypeTests
{
    /// <summary>Every typed client of a service the web has (one built on an HttpClient), so a new one is checked without being listed.</summary>
    private static readonly Type[] Clients =
    [
        .. typeof(ServiceClient).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetConstructors().Any(c => c.GetParameters().Any(p => p.ParameterType == typeof(HttpClient))))
            .OrderBy(t => t.Name),
    ];

    /// <summary>The web's own query objects (they become a query string, not a body) and what another change owns.</summary>
    private static readonly Type[] WebSide =
    [
        typeof(HourLogFilter), typeof(ActivitySearch), typeof(CaseloadQuery),
    ];

    public static TheoryData<string> ClientMethods() =>
        [.. Clients.SelectMany(c => c.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)).Select(NameOf)];

    [Theory]
    [MemberData(nameof(ClientMethods))]
    public void Every_type_a_service_client_sends_or_reads_comes_from_the_contracts(string method)
    {
        var info = Clients.SelectMany(c => c.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)).Single(m => NameOf(m) == method);
        var types = info.GetParameters().Select(p => p.ParameterType).Append(info.ReturnType).SelectMany(Unwrap).Distinct();

        var handCopies = types.Where(t => t.Assembly == typeof(ServiceClient).Assembly && !WebSide.Contains(t)).Select(t => t.Name).ToList();

        Assert.True(handCopies.Count == 0, $"{method} uses the web's own {string.Join(", ", handCopies)}: use the service's record from SocialPrescribing.Contracts.Http instead.");
    }

    [Fact]
    public void The_contracts_hold_the_records_the_clients_use()
    {
        var contractTypes = Clients.SelectMany(c => c.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .SelectMany(m => m.GetParameters().Select(p => p.ParameterType).Append(m.ReturnType))
            .SelectMany(Unwrap)
            .Where(t => t.Assembly == typeof(WireNames).Assembly)
            .ToList();

        Assert.NotEmpty(contractTypes);
    }

    private static string NameOf(MethodInfo method) =>
        $"{method.DeclaringType!.Name}.{method.Name}({string.Join(", ", method.GetParameters().Select(p => p.ParameterType.Name))})";

    /// <summary>The records inside Task, Versioned (the web's own wrapper of a version), lists and nullables; the BCL's own types say nothing.</summary>
    private static IEnumerable<Type> Unwrap(Type type)
    {
        if (type.IsGenericType)
        {
            return type.GetGenericArguments().SelectMany(Unwrap);
        }
        if (type.IsArray)
        {
            return Unwrap(type.GetElementType()!);
        }
        return type.Assembly == typeof(object).Assembly || type.Namespace?.StartsWith("System", StringComparison.Ordinal) == true ? [] : [type];
    }
}
