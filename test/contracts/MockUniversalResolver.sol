// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// Stands in for ENS's Universal Resolver on a local "mainnet": answers resolveWithGateways for names the test
/// registers, the way the real one answers addr(node) for a name.
contract MockUniversalResolver {
    mapping(bytes32 => address) public addressOf;

    function set(bytes calldata name, address target) external {
        addressOf[keccak256(name)] = target;
    }

    function resolveWithGateways(bytes calldata name, bytes calldata, string[] calldata) external view returns (bytes memory, address) {
        return (abi.encode(addressOf[keccak256(name)]), address(this));
    }
}
