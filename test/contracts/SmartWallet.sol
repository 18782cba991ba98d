// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

/// Stands in for a multisig: a contract that holds funds for its owner, deployed on one chain only.
contract SmartWallet {
    address public immutable owner;

    constructor(address owner_) {
        owner = owner_;
    }

    receive() external payable {}

    function execute(address target, uint256 value, bytes calldata data) external {
        require(msg.sender == owner, "not owner");
        (bool ok,) = target.call{value: value}(data);
        require(ok, "call failed");
    }
}
