using System.Text.Json;
using System.Text.Json.Serialization;

namespace SocialPrescribing.Contracts.Http;

/// <summary>
/// An enum of a contract as the services spell it on the wire (kebab-case, numbers refused), whatever the reader's
/// own options: the web reads with ASP.NET's web defaults, which would want numbers.
/// </summary>
public sealed class KebabCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
