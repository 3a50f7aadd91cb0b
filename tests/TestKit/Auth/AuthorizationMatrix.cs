using System.Text;
using Grpc.Core;

namespace SocialPrescribing.TestKit.Auth;

/// <summary>Whose data a request is aimed at, relative to the caller.</summary>
public enum Ownership
{
    /// <summary>The caller's own team, organisation or volunteer record.</summary>
    Own,

    /// <summary>Someone else's.</summary>
    Other,
}

/// <param name="Allowed">Expected outcome: allowed means anything but a refusal (a 400 or 404 means authorisation passed).</param>
public sealed record MatrixRow(TestAccount? Account, Ownership Ownership, MatrixOperation Operation, bool Allowed)
{
    public override string ToString() =>
        $"{Operation} as {(Account?.ToString() ?? "anonymous")}"
        + (Operation.OwnerKeys.Count == 0 ? "" : Ownership == Ownership.Own ? " on own data" : " on another owner's data");
}

/// <summary>
/// Role × resource owner × operation → allowed or denied, run against a live service (REST and gRPC) with real
/// tokens. Given the service's endpoint list (<see cref="CoveringEndpoints"/>), every operation the service serves
/// must have a rule ("no rule for GET /api/x") and every rule must name an operation it serves. Every mismatch is
/// reported at once. Every operation is also tried without a token and must be refused, unless it is
/// <see cref="Public"/>.
/// </summary>
/// <param name="api">Client for the service under test (its base address set).</param>
/// <param name="accessTokenFor">Gives a real access token for an account.</param>
/// <param name="grpc">The service's gRPC channel, for gRPC operations.</param>
public sealed class AuthorizationMatrix(HttpClient api, Func<TestAccount, CancellationToken, Task<string>> accessTokenFor, CallInvoker? grpc = null)
{
    private readonly List<TestAccount> _accounts = [];
    private readonly List<MatrixRow> _rows = [];
    private readonly Dictionary<string, string> _otherOwner = [];
    private IReadOnlyList<EndpointRoute>? _endpoints;

    public IReadOnlyList<MatrixRow> Rows => _rows;

    /// <summary>The callers: typically one account per role, with their own team/organisation/volunteer ids.</summary>
    public AuthorizationMatrix WithAccounts(params IEnumerable<TestAccount> accounts)
    {
        _accounts.AddRange(accounts);
        return this;
    }

    /// <summary>The ids used for "another owner's data": none of the accounts' own ids.</summary>
    public AuthorizationMatrix WithOtherOwner(string? teamId = null, string? organisationId = null, string? volunteerId = null)
    {
        foreach (var (key, value) in new[] { (OwnerIds.Team, teamId), (OwnerIds.Organisation, organisationId), (OwnerIds.Volunteer, volunteerId) })
        {
            if (value is not null)
            {
                _otherOwner[key] = value;
            }
        }
        return this;
    }

    /// <summary>The operations the service serves (<see cref="EndpointInventory.Of"/>): each needs a rule here.</summary>
    public AuthorizationMatrix CoveringEndpoints(IReadOnlyList<EndpointRoute> endpoints)
    {
        _endpoints = endpoints;
        return this;
    }

    /// <summary>
    /// A row for every account × {own, other} (own only when the account has the ids the operation needs), and an
    /// anonymous row expected refused; <paramref name="allowed"/> says which are allowed.
    /// </summary>
    public AuthorizationMatrix Expect(MatrixOperation operation, Func<TestAccount, Ownership, bool> allowed) =>
        Expect(operation, allowed, anonymousAllowed: false);

    /// <summary>Only the given roles, on their own data, are allowed.</summary>
    public AuthorizationMatrix AllowOwnOnly(MatrixOperation operation, params string[] roles) =>
        Expect(operation, (account, ownership) => ownership == Ownership.Own && roles.Contains(account.Role));

    /// <summary>The given roles are allowed, whoever owns the data.</summary>
    public AuthorizationMatrix Allow(MatrixOperation operation, params string[] roles) =>
        Expect(operation, (account, _) => roles.Contains(account.Role));

    /// <summary>Nobody is allowed (an operation no caller may use today, e.g. one only a different deployment calls).</summary>
    public AuthorizationMatrix AllowNobody(MatrixOperation operation) => Expect(operation, (_, _) => false);

    /// <summary>Open to everyone, anonymous included (public data, health, the API's own description).</summary>
    public AuthorizationMatrix Public(MatrixOperation operation) => Expect(operation, (_, _) => true, anonymousAllowed: true);

    /// <summary>Health and liveness, which every service serves to anyone.</summary>
    public AuthorizationMatrix PublicHealth() => PublicGets("/health", "/alive");

    /// <summary>The API's description: its OpenAPI document and the Scalar reference page with that page's files.</summary>
    public AuthorizationMatrix PublicApiDescription() =>
        PublicGets("/openapi/v1.json", "/scalar/v1", "/scalar/scalar.js", "/scalar/scalar.aspnetcore.js", "/scalar/favicon.svg");

    private AuthorizationMatrix PublicGets(params string[] paths)
    {
        foreach (var path in paths)
        {
            Public(MatrixOperation.Rest(HttpMethod.Get, path));
        }
        return this;
    }

    /// <summary>One explicit row.</summary>
    public AuthorizationMatrix Expect(TestAccount account, Ownership ownership, MatrixOperation operation, bool allowed)
    {
        _rows.Add(new MatrixRow(account, ownership, operation, allowed));
        return this;
    }

    /// <summary>
    /// Checks every endpoint has a rule, then runs every row; fails listing every endpoint without a rule, every rule
    /// without an endpoint and every row whose outcome differs from the expectation.
    /// </summary>
    public async Task VerifyAsync(CancellationToken cancellationToken = default)
    {
        if (_rows.Count == 0)
        {
            throw new InvalidOperationException("The matrix has no rows: add accounts and expectations first.");
        }

        var mismatches = Coverage().ToList();
        foreach (var row in _rows)
        {
            var token = row.Account is null ? null : await accessTokenFor(row.Account, cancellationToken);
            var (outcome, answer) = await row.Operation.SendAsync(new MatrixTarget(api, grpc), IdsFor(row), token, cancellationToken);
            if (outcome == MatrixOutcome.ServerError)
            {
                mismatches.Add($"{row}: server error {answer}");
            }
            else if (row.Allowed != (outcome == MatrixOutcome.Allowed))
            {
                mismatches.Add($"{row}: expected {(row.Allowed ? "allowed" : "denied")}, got {answer}");
            }
        }

        if (mismatches.Count > 0)
        {
            var report = new StringBuilder($"{mismatches.Count} problems in an authorisation matrix of {_rows.Count} rows:");
            mismatches.ForEach(m => report.Append("\n  ").Append(m));
            throw new AuthorizationMatrixException(report.ToString());
        }
    }

    /// <summary>Endpoints with no rule, and rules for no endpoint (a rule is matched to the route that would serve it).</summary>
    private IEnumerable<string> Coverage()
    {
        if (_endpoints is null)
        {
            yield break;
        }
        var operations = _rows.Select(r => r.Operation).Distinct().ToList();
        var served = new HashSet<EndpointRoute>();
        foreach (var operation in operations)
        {
            var route = _endpoints.Serving(operation.Method, operation.PathFor(SampleIds));
            if (route is null)
            {
                yield return $"the rule for {operation} matches no endpoint the service serves";
            }
            else
            {
                served.Add(route);
            }
        }
        foreach (var endpoint in _endpoints.Where(e => !served.Contains(e)))
        {
            yield return $"no rule for {endpoint}";
        }
    }

    // Any well-formed ids do to find the route; those of another owner are at hand.
    private OwnerIds SampleIds => new(
        _otherOwner.GetValueOrDefault(OwnerIds.Team) ?? Guid.Empty.ToString(),
        _otherOwner.GetValueOrDefault(OwnerIds.Organisation) ?? Guid.Empty.ToString(),
        _otherOwner.GetValueOrDefault(OwnerIds.Volunteer) ?? Guid.Empty.ToString());

    private AuthorizationMatrix Expect(MatrixOperation operation, Func<TestAccount, Ownership, bool> allowed, bool anonymousAllowed)
    {
        // Without an owner in the request, whose data it is depends on the account alone: one row each.
        var ownerships = operation.OwnerKeys.Count == 0 ? [Ownership.Own] : new[] { Ownership.Own, Ownership.Other };
        foreach (var account in _accounts)
        {
            foreach (var ownership in ownerships)
            {
                if (ownership == Ownership.Own && !operation.OwnerKeys.All(key => OwnerIds.Of(account)[key] is not null))
                {
                    continue;
                }
                _rows.Add(new MatrixRow(account, ownership, operation, allowed(account, ownership)));
            }
        }
        _rows.Add(new MatrixRow(null, Ownership.Other, operation, anonymousAllowed));
        return this;
    }

    private OwnerIds IdsFor(MatrixRow row) =>
        row.Ownership == Ownership.Own && row.Account is not null
            ? OwnerIds.Of(row.Account)
            : new OwnerIds(
                Other(row, OwnerIds.Team),
                Other(row, OwnerIds.Organisation),
                Other(row, OwnerIds.Volunteer));

    private string? Other(MatrixRow row, string key) =>
        _otherOwner.GetValueOrDefault(key) ?? (row.Operation.OwnerKeys.Contains(key)
            ? throw new InvalidOperationException($"No other owner's {key} for {row.Operation}: call WithOtherOwner.")
            : null);
}

public sealed class AuthorizationMatrixException(string message) : Exception(message);
