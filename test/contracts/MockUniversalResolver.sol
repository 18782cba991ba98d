// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// Stands in for ENS's Universal Resolver on a local "mainnet": answers resolveWithGateways for names the test
/// registers, the way the real one answers addr(node) for a name. Names registered with gateways are answered
/// as an offchain resolver's are: the Universal Resolver reverts with EIP-3668's OffchainLookup, sending the
/// client to its batch gateway (viem's local `x-batch-gateway:true`) with one query whose URLs the resolver
/// chose, then reads the gateway's reply in its callback.
contract MockUniversalResolver {
    struct Query {
        address sender;
        string[] urls;
        bytes data;
    }

    error OffchainLookup(address sender, string[] urls, bytes callData, bytes4 callbackFunction, bytes extraData);

    mapping(bytes32 => address) public addressOf;
    mapping(bytes32 => string[]) private gatewaysOf;

    function set(bytes calldata name, address target) external {
        addressOf[keccak256(name)] = target;
    }

    function setOffchain(bytes calldata name, string[] calldata gateways) external {
        delete gatewaysOf[keccak256(name)];
        for (uint256 i = 0; i < gateways.length; i++) gatewaysOf[keccak256(name)].push(gateways[i]);
    }

    function resolveWithGateways(bytes calldata name, bytes calldata data, string[] calldata batchGateways) external view returns (bytes memory, address) {
        string[] memory gateways = gatewaysOf[keccak256(name)];
        if (gateways.length > 0) {
            Query[] memory queries = new Query[](1);
            queries[0] = Query(address(this), gateways, data);
            revert OffchainLookup(
                address(this),
                batchGateways,
                abi.encodeWithSignature("query((address,string[],bytes)[])", queries),
                this.resolveCallback.selector,
                name
            );
        }
        return (abi.encode(addressOf[keccak256(name)]), address(this));
    }

    function resolveCallback(bytes calldata response, bytes calldata) external view returns (bytes memory, address) {
        (bool[] memory failures, bytes[] memory responses) = abi.decode(response, (bool[], bytes[]));
        require(!failures[0], "offchain lookup failed");
        return (responses[0], address(this));
    }
}
