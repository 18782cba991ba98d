// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

import {ERC20} from "@openzeppelin/contracts/token/ERC20/ERC20.sol";
import {ERC20Permit} from "@openzeppelin/contracts/token/ERC20/extensions/ERC20Permit.sol";

/// An OpenZeppelin 5 ERC-20 with EIP-2612 permit: approvals signed off-chain, submitted by anyone.
contract PermitToken is ERC20, ERC20Permit {
    constructor() ERC20("Permit USD", "PUSD") ERC20Permit("Permit USD") {}

    function mint(address to, uint256 amount) external {
        _mint(to, amount);
    }
}
