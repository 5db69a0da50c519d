return await ServerlessSdk.Functions.ServerlessFunctions.RunAsync();
