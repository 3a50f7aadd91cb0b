using SocialPrescribing.Web.Services;

namespace SocialPrescribing.Web.Pages.Vcse;

/// <summary>
/// A page about one of the organisation's API clients (changing its secret, revoking it): the client
/// is found among the organisation's own, so that the page can name it by the name people gave it.
/// </summary>
public abstract class ApiClientPageModel(ApiClientsClient identity) : VcsePageModel
{
    public string ClientId { get; protected set; } = "";

    /// <summary>The client, or null (with the reason in <see cref="VcsePageModel.Problem"/>) when it is not one of the organisation's active clients.</summary>
    public ApiClientSummary? Client { get; private set; }

    protected ApiClientsClient Identity => identity;

    protected async Task<bool> LoadClientAsync(string clientId, CancellationToken cancellationToken)
    {
        ClientId = clientId;
        var clients = await TryLoadAsync(() => identity.ListAsync(Organisation, cancellationToken), "The client");
        Client = clients?.FirstOrDefault(c => c.ClientId == clientId && c.Active);
        if (clients is not null && Client is null)
        {
            Problem = "Your organisation has no active client with this ID: it may have been revoked already.";
        }
        return Client is not null;
    }
}
