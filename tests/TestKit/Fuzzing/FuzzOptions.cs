namespace SocialPrescribing.TestKit.Fuzzing;

/// <summary>Who calls: a name for the report and an access token, or null for an anonymous call.</summary>
public sealed record FuzzCaller(string Name, string? AccessToken);

public sealed record FuzzOptions
{
    /// <summary>Every role's caller, and an anonymous one.</summary>
    public required IReadOnlyList<FuzzCaller> Callers { get; init; }

    /// <summary>
    /// Values for path parameters, looked up by the parameter's name ("organisationId") and then by the
    /// path segment before it ("referrals" for /api/referrals/{id}), so the well-formed request reaches a real record.
    /// </summary>
    public IReadOnlyDictionary<string, string> PathValues { get; init; } = new Dictionary<string, string>();

    /// <summary>Form fields of endpoints that read the form themselves, so the document does not list them, by path.</summary>
    public IReadOnlyDictionary<string, string[]> FormFields { get; init; } = new Dictionary<string, string[]>();

    /// <summary>Operations left out, by path prefix (the document and its reference page are not the service's API).</summary>
    public IReadOnlyList<string> SkipPathPrefixes { get; init; } = ["/openapi", "/scalar", "/health", "/alive"];

    /// <summary>Fixed, so a failure found once is found again.</summary>
    public int Seed { get; init; } = 13;

    /// <summary>Hostile requests per operation for each caller the operation lets in (the structural ones first, then a seeded sample).</summary>
    public int MaxCasesPerOperation { get; init; } = 160;

    /// <summary>Requests per operation for each caller it refuses: authorisation runs before binding, so a few show it holds.</summary>
    public int CasesForRefusedCallers { get; init; } = 6;

    public int Parallelism { get; init; } = 4;

    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(60);
}
